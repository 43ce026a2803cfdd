using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FitReasons",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "FitScore",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParsedProfile",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeError",
                table: "Applications",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResumeStatus",
                table: "Applications",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "ResumeText",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ScoredAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Applications",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Careers");

            migrationBuilder.CreateTable(
                name: "ApplicationSkills",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormalizedSkill = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Skill = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Years = table.Column<double>(type: "REAL", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnqueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
