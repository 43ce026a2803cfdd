using OpenHire.Features.Pipelines;

namespace OpenHire.Data.Migrations;

/// <summary>
/// The data half of the Pipelines migration, per provider: organizations that existed before it get
/// the default template and rejection reasons, jobs get the default stages, and applications start
/// in their job's first stage with an "applied" entry on their timeline.
/// </summary>
static class PipelineSeedSql
{
    /// <summary>A random version-4 UUID per row, spelled as EF Core stores Guids in SQLite (upper-case text).</summary>
    const string SqliteUuid =
        "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " +
        "substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    public static string[] Sqlite() =>
    [
        $"""
        INSERT INTO "PipelineTemplates" ("Id", "OrganizationId", "Name", "Stages", "IsDefault", "CreatedAt", "UpdatedAt")
        SELECT {SqliteUuid}, o."Id", {Text(PipelineDefaults.TemplateName)}, {Text(JsonArray(PipelineDefaults.Stages))}, 1, o."CreatedAt", o."CreatedAt"
        FROM "Organizations" o;
        """,
        $"""
        INSERT INTO "RejectionReasons" ("Id", "OrganizationId", "Kind", "Text")
        SELECT {SqliteUuid}, o."Id", r."Kind", r."Text" FROM "Organizations" o CROSS JOIN ({Reasons()}) r;
        """,
        $"""
        INSERT INTO "PipelineStages" ("Id", "OrganizationId", "JobId", "Name", "Position")
        SELECT {SqliteUuid}, j."OrganizationId", j."Id", s."Name", s."Position" FROM "Jobs" j CROSS JOIN ({Stages()}) s;
        """,
        """
        UPDATE "Applications" SET "StageEnteredAt" = "CreatedAt",
            "StageId" = (SELECT s."Id" FROM "PipelineStages" s WHERE s."JobId" = "Applications"."JobId" AND s."Position" = 0);
        """,
        AppliedEvents,
    ];

    public static string[] Postgres() =>
    [
        $"""
        INSERT INTO "PipelineTemplates" ("Id", "OrganizationId", "Name", "Stages", "IsDefault", "CreatedAt", "UpdatedAt")
        SELECT gen_random_uuid(), o."Id", {Text(PipelineDefaults.TemplateName)}, ARRAY[{string.Join(", ", PipelineDefaults.Stages.Select(Text))}], true, o."CreatedAt", o."CreatedAt"
        FROM "Organizations" o;
        """,
        $"""
        INSERT INTO "RejectionReasons" ("Id", "OrganizationId", "Kind", "Text")
        SELECT gen_random_uuid(), o."Id", r."Kind", r."Text" FROM "Organizations" o CROSS JOIN ({Reasons()}) r;
        """,
        $"""
        INSERT INTO "PipelineStages" ("Id", "OrganizationId", "JobId", "Name", "Position")
        SELECT gen_random_uuid(), j."OrganizationId", j."Id", s."Name", s."Position" FROM "Jobs" j CROSS JOIN ({Stages()}) s;
        """,
        """
        UPDATE "Applications" a SET "StageEnteredAt" = a."CreatedAt", "StageId" = s."Id"
        FROM "PipelineStages" s WHERE s."JobId" = a."JobId" AND s."Position" = 0;
        """,
        AppliedEvents,
    ];

    // The event reuses its application's id: a UUIDv7 from when it arrived, so the timeline's id
    // order puts it first. The events table has its own key space, so the ids cannot collide.
    const string AppliedEvents = """
        INSERT INTO "ApplicationEvents" ("Id", "OrganizationId", "ApplicationId", "Kind", "At", "ToStageId")
        SELECT a."Id", a."OrganizationId", a."Id", 'Applied', a."CreatedAt", a."StageId" FROM "Applications" a;
        """;

    static string Reasons() => string.Join(" UNION ALL ",
        PipelineDefaults.Reasons.Select(r => $"SELECT {Text(r.Kind.ToString())} AS \"Kind\", {Text(r.Text)} AS \"Text\""));

    static string Stages() => string.Join(" UNION ALL ",
        PipelineDefaults.Stages.Select((name, i) => $"SELECT {Text(name)} AS \"Name\", {i} AS \"Position\""));

    static string JsonArray(IEnumerable<string> items) => System.Text.Json.JsonSerializer.Serialize(items);

    static string Text(string value) => "'" + value.Replace("'", "''") + "'";
}
