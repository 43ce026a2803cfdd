using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResumeReading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Corrections",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "FitReasons",
                table: "Applications",
                type: "text[]",
                nullable: false,
                defaultValue: new List<string>());

            migrationBuilder.AddColumn<int>(
                name: "FitScore",
                table: "Applications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParsedProfile",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeError",
                table: "Applications",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeStatus",
                table: "Applications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "ResumeText",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ScoredAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Applications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Careers");

            migrationBuilder.CreateTable(
                name: "ApplicationSkills",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    NormalizedSkill = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Skill = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Years = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationSkills", x => new { x.ApplicationId, x.NormalizedSkill });
                    table.ForeignKey(
                        name: "FK_ApplicationSkills_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QueuedWork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnqueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueuedWork", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_JobId_FitScore",
                table: "Applications",
                columns: new[] { "JobId", "FitScore" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationSkills_JobId_NormalizedSkill_Years",
                table: "ApplicationSkills",
                columns: new[] { "JobId", "NormalizedSkill", "Years" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationSkills_OrganizationId_NormalizedSkill_Years",
                table: "ApplicationSkills",
                columns: new[] { "OrganizationId", "NormalizedSkill", "Years" });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedWork_ClaimToken",
                table: "QueuedWork",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_QueuedWork_FailedAt_NotBefore",
                table: "QueuedWork",
                columns: new[] { "FailedAt", "NotBefore" });

            // Applications sent before resumes were read: queue their resumes now (the work id is the application's).
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "ResumeStatus" = 'Queued' WHERE "Resume" IS NOT NULL;
                INSERT INTO "QueuedWork" ("Id", "OrganizationId", "Kind", "SubjectId", "EnqueuedAt", "NotBefore", "Attempts")
                SELECT "Id", "OrganizationId", 'resume.read', "Id", "CreatedAt", "CreatedAt", 0 FROM "Applications" WHERE "Resume" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationSkills");

            migrationBuilder.DropTable(
                name: "QueuedWork");

            migrationBuilder.DropIndex(
                name: "IX_Applications_JobId_FitScore",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Corrections",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FitReasons",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "FitScore",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ParsedProfile",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ResumeError",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ResumeStatus",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ResumeText",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ScoredAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Applications");
        }
    }
}
