using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenHire.Data.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications",
                columns: new[] { "OrganizationId", "Id" });

            // Search (see Features/Search/PostgresCandidateSearch.cs): a tsvector per application of its
            // candidate's name and the job's and current titles (weight A), resume (B) and cover letter (C).
            // Triggers keep it: on the application itself, and when a candidate's name or a job's title
            // changes. The column stays out of the EF model so that entities never load it.
            migrationBuilder.Sql("""
                ALTER TABLE "Applications" ADD COLUMN "SearchVector" tsvector;

                CREATE FUNCTION application_search_vector(name text, title text, current_title text, resume text, cover_letter text)
                RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT setweight(to_tsvector('english', coalesce(name, '')), 'A')
                        || setweight(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(current_title, '')), 'A')
                        || setweight(to_tsvector('english', coalesce(resume, '')), 'B')
                        || setweight(to_tsvector('english', coalesce(cover_letter, '')), 'C')
                $$;

                CREATE FUNCTION applications_set_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."SearchVector" := application_search_vector(
                        (SELECT "Name" FROM "Candidates" WHERE "Id" = NEW."CandidateId"),
                        (SELECT "Title" FROM "Jobs" WHERE "Id" = NEW."JobId"),
                        NEW."CurrentTitle", NEW."ResumeText", NEW."CoverLetterText");
                    RETURN NEW;
                END $$;

                CREATE TRIGGER applications_search_vector
                    BEFORE INSERT OR UPDATE OF "ResumeText", "CoverLetterText", "CurrentTitle", "CandidateId", "JobId" ON "Applications"
                    FOR EACH ROW EXECUTE FUNCTION applications_set_search_vector();

                -- Naming a column in SET fires the trigger above, which reads the new name or title.
                CREATE FUNCTION candidates_refresh_search_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Applications" SET "CandidateId" = "CandidateId" WHERE "CandidateId" = NEW."Id";
                    RETURN NULL;
                END $$;

                CREATE TRIGGER candidates_search_vectors AFTER UPDATE OF "Name" ON "Candidates"
                    FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION candidates_refresh_search_vectors();

                CREATE FUNCTION jobs_refresh_search_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Applications" SET "JobId" = "JobId" WHERE "JobId" = NEW."Id";
                    RETURN NULL;
                END $$;

                CREATE TRIGGER jobs_search_vectors AFTER UPDATE OF "Title" ON "Jobs"
                    FOR EACH ROW WHEN (OLD."Title" IS DISTINCT FROM NEW."Title") EXECUTE FUNCTION jobs_refresh_search_vectors();

                UPDATE "Applications" SET "CandidateId" = "CandidateId";

                CREATE INDEX "IX_Applications_SearchVector" ON "Applications" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER jobs_search_vectors ON "Jobs";
                DROP FUNCTION jobs_refresh_search_vectors();
                DROP TRIGGER candidates_search_vectors ON "Candidates";
                DROP FUNCTION candidates_refresh_search_vectors();
                DROP TRIGGER applications_search_vector ON "Applications";
                DROP FUNCTION applications_set_search_vector();
                DROP FUNCTION application_search_vector(text, text, text, text, text);
                ALTER TABLE "Applications" DROP COLUMN "SearchVector";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Applications_OrganizationId_Id",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "CurrentTitle",
                table: "Applications");
        }
    }
}
