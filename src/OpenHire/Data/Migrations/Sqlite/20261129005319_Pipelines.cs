using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pipelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Applications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutcomeAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OutcomeReasonId",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StageEnteredAt",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "StageId",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "PipelineStages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PipelineStages_Jobs_JobId",
                        column: x => x.JobId,
                        principalTable: "Jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PipelineStages_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PipelineTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stages = table.Column<string>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PipelineTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RejectionReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RejectionReasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RejectionReasons_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FromStageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToStageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReasonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_PipelineStages_FromStageId",
                        column: x => x.FromStageId,
                        principalTable: "PipelineStages",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_PipelineStages_ToStageId",
                        column: x => x.ToStageId,
                        principalTable: "PipelineStages",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_RejectionReasons_ReasonId",
                        column: x => x.ReasonId,
                        principalTable: "RejectionReasons",
                        principalColumn: "Id");
                });

            // Rows made before pipelines existed get what new ones get, before the foreign keys hold them to it.
            foreach (var sql in PipelineSeedSql.Sqlite())
                migrationBuilder.Sql(sql);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_JobId_StageId_FitScore",
                table: "Applications",
                columns: new[] { "JobId", "StageId", "FitScore" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OutcomeReasonId",
                table: "Applications",
                column: "OutcomeReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_StageId",
                table: "Applications",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ApplicationId_Id",
                table: "ApplicationEvents",
                columns: new[] { "ApplicationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_FromStageId",
                table: "ApplicationEvents",
                column: "FromStageId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_OrganizationId_At",
                table: "ApplicationEvents",
                columns: new[] { "OrganizationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ReasonId",
                table: "ApplicationEvents",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ToStageId",
                table: "ApplicationEvents",
                column: "ToStageId");

            migrationBuilder.CreateIndex(
                name: "IX_PipelineStages_JobId_Position",
                table: "PipelineStages",
                columns: new[] { "JobId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_PipelineStages_OrganizationId",
                table: "PipelineStages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PipelineTemplates_OrganizationId_IsDefault",
                table: "PipelineTemplates",
                columns: new[] { "OrganizationId", "IsDefault" });

            migrationBuilder.CreateIndex(
                name: "IX_RejectionReasons_OrganizationId",
                table: "RejectionReasons",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_PipelineStages_StageId",
                table: "Applications",
                column: "StageId",
                principalTable: "PipelineStages",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_RejectionReasons_OutcomeReasonId",
                table: "Applications",
                column: "OutcomeReasonId",
                principalTable: "RejectionReasons",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // EF rebuilds Applications (without the stage columns) last, after the tables its foreign keys
            // point to are gone: foreign keys stay off until that rebuild turns them back on.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);

            migrationBuilder.DropForeignKey(
                name: "FK_Applications_PipelineStages_StageId",
                table: "Applications");

            migrationBuilder.DropForeignKey(
                name: "FK_Applications_RejectionReasons_OutcomeReasonId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_JobId_StageId_FitScore",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_OutcomeReasonId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_StageId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "OutcomeReasonId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageId",
                table: "Applications");

            migrationBuilder.DropTable(
                name: "ApplicationEvents");

            migrationBuilder.DropTable(
                name: "PipelineTemplates");

            migrationBuilder.DropTable(
                name: "PipelineStages");

            migrationBuilder.DropTable(
                name: "RejectionReasons");
        }
    }
}
