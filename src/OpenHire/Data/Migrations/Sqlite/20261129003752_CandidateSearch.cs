using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CandidateSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrentTitle",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications",
                columns: new[] { "OrganizationId", "Id" });

            // Search (see Features/Search/SqliteSearchDocuments.cs): one document per application, a copy of
            // the text it is found by (and its location and skills, to filter in the index), numbered in arrival order; the FTS5 index reads its content from
            // there, kept by the triggers FTS5's documentation gives for external-content tables. These
            // tables are not EF's, so EF never rebuilds them (which would drop their triggers).
            migrationBuilder.Sql("""
                CREATE TABLE "ApplicationSearchDocuments" (
                    "RowId" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "ApplicationId" TEXT NOT NULL UNIQUE REFERENCES "Applications" ("Id") ON DELETE CASCADE,
                    "Name" TEXT NOT NULL,
                    "Title" TEXT NOT NULL,
                    "ResumeText" TEXT,
                    "CoverLetterText" TEXT,
                    "Location" TEXT,
                    "Skills" TEXT);
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ApplicationSearch" USING fts5(
                    "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills",
                    content = 'ApplicationSearchDocuments', content_rowid = 'RowId',
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            // Relevance: a word in the name counts ten times one in the resume, in a title five, in the cover
            // letter two; location and skills are filters, not relevance.
            migrationBuilder.Sql("""INSERT INTO "ApplicationSearch" ("ApplicationSearch", rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 2.0, 0.0, 0.0)');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "ApplicationSearchDocuments_Inserted" AFTER INSERT ON "ApplicationSearchDocuments" BEGIN
                    INSERT INTO "ApplicationSearch" (rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
                    VALUES (new."RowId", new."Name", new."Title", new."ResumeText", new."CoverLetterText", new."Location", new."Skills");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ApplicationSearchDocuments_Deleted" AFTER DELETE ON "ApplicationSearchDocuments" BEGIN
                    INSERT INTO "ApplicationSearch" ("ApplicationSearch", rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
                    VALUES ('delete', old."RowId", old."Name", old."Title", old."ResumeText", old."CoverLetterText", old."Location", old."Skills");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ApplicationSearchDocuments_Updated" AFTER UPDATE ON "ApplicationSearchDocuments" BEGIN
                    INSERT INTO "ApplicationSearch" ("ApplicationSearch", rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
                    VALUES ('delete', old."RowId", old."Name", old."Title", old."ResumeText", old."CoverLetterText", old."Location", old."Skills");
                    INSERT INTO "ApplicationSearch" (rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
                    VALUES (new."RowId", new."Name", new."Title", new."ResumeText", new."CoverLetterText", new."Location", new."Skills");
                END;
                """);
            // Applications already there, oldest first so that document order is arrival order.
            migrationBuilder.Sql("""
                INSERT INTO "ApplicationSearchDocuments" ("ApplicationId", "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
                SELECT a."Id", c."Name", j."Title" || char(10) || coalesce(a."CurrentTitle", ''), a."ResumeText", a."CoverLetterText", c."Location",
                    (SELECT group_concat(s."NormalizedSkill", ' ; ') FROM "ApplicationSkills" AS s WHERE s."ApplicationId" = a."Id")
                FROM "Applications" AS a
                JOIN "Candidates" AS c ON c."Id" = a."CandidateId"
                JOIN "Jobs" AS j ON j."Id" = a."JobId"
                ORDER BY a."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "ApplicationSearch";""");
            migrationBuilder.Sql("""DROP TABLE "ApplicationSearchDocuments";""");

            migrationBuilder.DropIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "CurrentTitle",
                table: "Applications");
        }
    }
}
