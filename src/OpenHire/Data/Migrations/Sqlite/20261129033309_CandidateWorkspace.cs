using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CandidateWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MatchEmail",
                table: "Candidates",
                type: "TEXT",
                maxLength: 320,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "MergedAt",
                table: "Candidates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Candidates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedPhone",
                table: "Candidates",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.Sql(OpenHire.Data.Sql.CandidateWorkspaceSql.BackfillMatchEmail);

            migrationBuilder.CreateTable(
                name: "CandidateNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateNotes_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CandidateNotes_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CandidateNotes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tags_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoteMentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoteMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoteMentions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NoteMentions_CandidateNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "CandidateNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateTags",
                columns: table => new
                {
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateTags", x => new { x.CandidateId, x.TagId });
                    table.ForeignKey(
                        name: "FK_CandidateTags_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CandidateTags_Tags_TagId",
                        column: x => x.TagId,
                        principalTable: "Tags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_MergedIntoId",
                table: "Candidates",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_OrganizationId_MatchEmail",
                table: "Candidates",
                columns: new[] { "OrganizationId", "MatchEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_OrganizationId_NormalizedPhone",
                table: "Candidates",
                columns: new[] { "OrganizationId", "NormalizedPhone" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateNotes_ApplicationId",
                table: "CandidateNotes",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateNotes_CandidateId",
                table: "CandidateNotes",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateNotes_OrganizationId_CandidateId_Id",
                table: "CandidateNotes",
                columns: new[] { "OrganizationId", "CandidateId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTags_OrganizationId_TagId",
                table: "CandidateTags",
                columns: new[] { "OrganizationId", "TagId" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTags_TagId",
                table: "CandidateTags",
                column: "TagId");

            migrationBuilder.CreateIndex(
                name: "IX_NoteMentions_NoteId_UserId",
                table: "NoteMentions",
                columns: new[] { "NoteId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoteMentions_OrganizationId_UserId_Id",
                table: "NoteMentions",
                columns: new[] { "OrganizationId", "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_NoteMentions_UserId",
                table: "NoteMentions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Tags_OrganizationId_NormalizedName",
                table: "Tags",
                columns: new[] { "OrganizationId", "NormalizedName" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Candidates_Candidates_MergedIntoId",
                table: "Candidates",
                column: "MergedIntoId",
                principalTable: "Candidates",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Candidates_Candidates_MergedIntoId",
                table: "Candidates");

            migrationBuilder.DropTable(
                name: "CandidateTags");

            migrationBuilder.DropTable(
                name: "NoteMentions");

            migrationBuilder.DropTable(
                name: "Tags");

            migrationBuilder.DropTable(
                name: "CandidateNotes");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_MergedIntoId",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_OrganizationId_MatchEmail",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_OrganizationId_NormalizedPhone",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "MatchEmail",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "MergedAt",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "NormalizedPhone",
                table: "Candidates");
        }
    }
}
