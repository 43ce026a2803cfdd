using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;
using OpenHire.Features.Resumes;

namespace OpenHire.Features.Search;

/// <summary>
/// Keeps "ApplicationSearchDocuments" (and, through that table's own triggers, the FTS5 index) in
/// step with applications and their skills, candidates' names and locations, and jobs' titles. It runs inside every SaveChanges of
/// the SQLite context, in the same transaction, so no code path that writes text can forget it.
/// Deleting is the database's: a document's foreign key cascades from its application.
/// Not triggers on the entity tables: EF rebuilds a SQLite table for many schema changes, which
/// drops the table's triggers and fails on triggers elsewhere that name it.
/// </summary>
public static class SqliteSearchDocuments
{
    /// <summary>What a save changes that search documents show.</summary>
    public sealed record Changes(HashSet<Guid> Applications, HashSet<Guid> Candidates, HashSet<Guid> Jobs)
    {
        public bool IsEmpty => Applications.Count + Candidates.Count + Jobs.Count == 0;
    }

    public static Changes Collect(ChangeTracker tracker)
    {
        if (tracker.AutoDetectChangesEnabled) tracker.DetectChanges();
        var changes = new Changes([], [], []);
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case Application a when entry.State == EntityState.Added || (entry.State == EntityState.Modified && (
                        entry.Property(nameof(Application.ResumeText)).IsModified
                        || entry.Property(nameof(Application.CoverLetterText)).IsModified
                        || entry.Property(nameof(Application.CurrentTitle)).IsModified)):
                    changes.Applications.Add(a.Id);
                    break;
                case ApplicationSkill s when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    changes.Applications.Add(s.ApplicationId);
                    break;
                case Candidate c when entry.State == EntityState.Modified
                        && (entry.Property(nameof(Candidate.Name)).IsModified || entry.Property(nameof(Candidate.Location)).IsModified):
                    changes.Candidates.Add(c.Id);
                    break;
                case Job j when entry.State == EntityState.Modified && entry.Property(nameof(Job.Title)).IsModified:
                    changes.Jobs.Add(j.Id);
                    break;
            }
        }
        return changes;
    }

    /// <summary>Writes the documents of every application the changes touch (a renamed job touches all its applications).</summary>
    public static Task<int> RefreshAsync(DbContext db, Changes changes, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(RefreshSql, [IdList(changes.Applications), IdList(changes.Candidates), IdList(changes.Jobs)], ct);

    public static int Refresh(DbContext db, Changes changes) =>
        db.Database.ExecuteSqlRaw(RefreshSql, IdList(changes.Applications), IdList(changes.Candidates), IdList(changes.Jobs));

    /// <summary>Writes the document of every application: for data loaded around SaveChanges, such as the benchmark's.</summary>
    public static Task<int> RebuildAsync(DbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(Upsert("SELECT \"Id\" FROM \"Applications\""), ct);

    /// <summary>Ids as a JSON array in the form SQLite stores them (upper-case text), for json_each.</summary>
    public static string IdList(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids.Select(id => id.ToString().ToUpperInvariant()));

    static readonly string RefreshSql = Upsert("""
        SELECT value FROM json_each({0})
        UNION SELECT "Id" FROM "Applications" WHERE "CandidateId" IN (SELECT value FROM json_each({1}))
        UNION SELECT "Id" FROM "Applications" WHERE "JobId" IN (SELECT value FROM json_each({2}))
        """);

    static string Upsert(string touchedIds) => $"""
        WITH "Touched"("Id") AS ({touchedIds})
        INSERT INTO "ApplicationSearchDocuments" ("ApplicationId", "Name", "Title", "ResumeText", "CoverLetterText", "Location", "Skills")
        SELECT a."Id", c."Name", j."Title" || char(10) || coalesce(a."CurrentTitle", ''), a."ResumeText", a."CoverLetterText", c."Location",
            (SELECT group_concat(s."NormalizedSkill", ' ; ') FROM "ApplicationSkills" AS s WHERE s."ApplicationId" = a."Id")
        FROM "Touched" AS t
        JOIN "Applications" AS a ON a."Id" = t."Id"
        JOIN "Candidates" AS c ON c."Id" = a."CandidateId"
        JOIN "Jobs" AS j ON j."Id" = a."JobId"
        WHERE true
        ON CONFLICT ("ApplicationId") DO UPDATE SET
            "Name" = excluded."Name", "Title" = excluded."Title",
            "ResumeText" = excluded."ResumeText", "CoverLetterText" = excluded."CoverLetterText",
            "Location" = excluded."Location", "Skills" = excluded."Skills";
        """;
}
