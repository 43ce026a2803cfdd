namespace OpenHire.Data.Migrations;

/// <summary>
/// The hand-written half of the CandidateSearch migration, per provider (see Features/Search).
/// SQLite: "ApplicationSearchDocuments", one row per application with a copy of the text it is
/// found by (and its location and skills, to filter in the index), numbered in arrival order, and
/// the FTS5 table "ApplicationSearch" reading its content from there, kept by the triggers FTS5's
/// documentation gives for external-content tables. These tables are not EF's, so EF never rebuilds
/// them (which would drop their triggers). Relevance: a word in the name counts ten times one in
/// the resume, in a title five, in the cover letter two; location and skills are filters.
/// PostgreSQL: a tsvector per application of its candidate's name and the job's and current titles
/// (weight A), resume (B) and cover letter (C), kept by triggers on the application and when a
/// candidate's name or a job's title changes, with a GIN index. The column stays out of the EF
/// model so that entities never load it.
/// </summary>
static class CandidateSearchSql
{
    public static string[] SqliteUp() =>
    [
        """
        CREATE TABLE "ApplicationSearchDocuments" (
            "RowId" INTEGER PRIMARY KEY AUTOINCREMENT,
            "ApplicationId" TEXT NOT NULL UNIQUE REFERENCES "Applications" ("Id") ON DELETE CASCADE,
            "Name" TEXT NOT NULL,
            "Title" TEXT NOT NULL,
            "ResumeText" TEXT,
            "CoverLetterText" TEXT,
            "Location" TEXT,
            "Skills" TEXT);
        """,
        """
        CREATE VIRTUAL TABLE "ApplicationSearch" USING fts5(
            "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills",
            content = 'ApplicationSearchDocuments', content_rowid = 'RowId',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """,
        """INSERT INTO "ApplicationSearch" ("ApplicationSearch", rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0, 2.0, 0.0, 0.0)');""",
        """
        CREATE TRIGGER "ApplicationSearchDocuments_Inserted" AFTER INSERT ON "ApplicationSearchDocuments" BEGIN
            INSERT INTO "ApplicationSearch" (rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
            VALUES (new."RowId", new."Name", new."Title", new."ResumeText", new."CoverLetterText", new."Location", new."Skills");
        END;
        """,
        """
        CREATE TRIGGER "ApplicationSearchDocuments_Deleted" AFTER DELETE ON "ApplicationSearchDocuments" BEGIN
            INSERT INTO "ApplicationSearch" ("ApplicationSearch", rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
            VALUES ('delete', old."RowId", old."Name", old."Title", old."ResumeText", old."CoverLetterText", old."Location", old."Skills");
        END;
        """,
        """
        CREATE TRIGGER "ApplicationSearchDocuments_Updated" AFTER UPDATE ON "ApplicationSearchDocuments" BEGIN
            INSERT INTO "ApplicationSearch" ("ApplicationSearch", rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
            VALUES ('delete', old."RowId", old."Name", old."Title", old."ResumeText", old."CoverLetterText", old."Location", old."Skills");
            INSERT INTO "ApplicationSearch" (rowid, "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
            VALUES (new."RowId", new."Name", new."Title", new."ResumeText", new."CoverLetterText", new."Location", new."Skills");
        END;
        """,
        """
        INSERT INTO "ApplicationSearchDocuments" ("ApplicationId", "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
        SELECT a."Id", c."Name", j."Title" || char(10) || coalesce(a."CurrentTitle", ''), a."ResumeText", a."CoverLetterText", c."Location",
            (SELECT group_concat(s."NormalizedSkill", ' ; ') FROM "ApplicationSkills" AS s WHERE s."ApplicationId" = a."Id")
        FROM "Applications" AS a
        JOIN "Candidates" AS c ON c."Id" = a."CandidateId"
        JOIN "Jobs" AS j ON j."Id" = a."JobId"
        ORDER BY a."Id";
        """,
    ];

    public static string[] SqliteDown() =>
    [
        """DROP TABLE "ApplicationSearch";""",
        """DROP TABLE "ApplicationSearchDocuments";""",
    ];

    public static string[] PostgresUp() =>
    [
        """
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
        """,
    ];

    public static string[] PostgresDown() =>
    [
        """
        DROP TRIGGER jobs_search_vectors ON "Jobs";
        DROP FUNCTION jobs_refresh_search_vectors();
        DROP TRIGGER candidates_search_vectors ON "Candidates";
        DROP FUNCTION candidates_refresh_search_vectors();
        DROP TRIGGER applications_search_vector ON "Applications";
        DROP FUNCTION applications_set_search_vector();
        DROP FUNCTION application_search_vector(text, text, text, text, text);
        ALTER TABLE "Applications" DROP COLUMN "SearchVector";
        """,
    ];
}
