using System.Diagnostics;
using NpgsqlTypes;
using Npgsql;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;

namespace OpenHire.SearchBench;

/// <summary>
/// Loads the generated people and applications into PostgreSQL by binary COPY, in three passes
/// (candidates, applications, skill rows) so each table's foreign keys hold when it is written.
/// People are written again from their number when needed rather than kept: a million resumes
/// would not fit in memory (only the applications pass writes whole resumes). The search vector is filled by the migration's trigger as rows arrive;
/// the GIN and skill indexes are dropped for the load and built once after it, which is far quicker
/// than keeping them up to date row by row.
/// </summary>
sealed class PostgresCopy(string connectionString, ResumeWriter writer, int seed)
{
    public async Task LoadAsync(List<(DateTimeOffset At, int Person, Guid Org, Guid Job)> events, Dictionary<Guid, List<Guid>> stages, Random rng)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await ExecuteAsync(connection, """
            DROP INDEX IF EXISTS "IX_Applications_SearchVector";
            DROP INDEX IF EXISTS "IX_ApplicationSkills_OrganizationId_NormalizedSkill_Years";
            DROP INDEX IF EXISTS "IX_ApplicationSkills_JobId_NormalizedSkill_Years";
            """);

        var candidateIds = new Dictionary<int, Guid>();
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Candidates" ("Id", "OrganizationId", "Name", "Email", "NormalizedEmail", "Location", "Links", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (at, number, org, _) in events)
            {
                if (candidateIds.ContainsKey(number)) continue;
                var person = Head(number);
                var id = Guid.CreateVersion7(at);
                candidateIds[number] = id;
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(org, NpgsqlDbType.Uuid);
                await copy.WriteAsync(person.Name, NpgsqlDbType.Text);
                await copy.WriteAsync(person.Email, NpgsqlDbType.Text);
                await copy.WriteAsync(person.Email, NpgsqlDbType.Text);
                await copy.WriteAsync(person.Location, NpgsqlDbType.Text);
                await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        Console.Error.WriteLine($"  {candidateIds.Count:N0} candidates, {clock.Elapsed.TotalSeconds:N0} s");

        var applicationIds = new Guid[events.Count];
        var parsed = new bool[events.Count];
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Applications" ("Id", "OrganizationId", "JobId", "CandidateId", "CoverLetterText", "Source", "ConsentedAt", "CreatedAt",
                "ResumeStatus", "ResumeText", "CurrentTitle", "FitScore", "FitReasons", "StageId", "StageEnteredAt", "Outcome", "OutcomeAt")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < events.Count; i++)
            {
                var (at, number, org, job) = events[i];
                var person = Person(number);
                var status = DataGenerator.PickResumeStatus(rng);
                var (stage, outcome) = DataGenerator.PickStage(rng, stages[job]);
                var ok = status == ResumeStatus.Parsed;
                applicationIds[i] = Guid.CreateVersion7(at);
                parsed[i] = ok;
                await copy.StartRowAsync();
                await copy.WriteAsync(applicationIds[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(org, NpgsqlDbType.Uuid);
                await copy.WriteAsync(job, NpgsqlDbType.Uuid);
                await copy.WriteAsync(candidateIds[number], NpgsqlDbType.Uuid);
                await WriteNullableAsync(copy, rng.NextDouble() < 0.4 ? ResumeWriter.CoverLetter(rng) : null);
                await copy.WriteAsync("Careers", NpgsqlDbType.Varchar);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(copy, ok ? person.ResumeText : null);
                await WriteNullableAsync(copy, ok ? person.CurrentTitle : null, NpgsqlDbType.Varchar);
                if (ok) await copy.WriteAsync(rng.Next(0, 101), NpgsqlDbType.Integer);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(stage, NpgsqlDbType.Uuid);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(copy, outcome?.ToString(), NpgsqlDbType.Varchar);
                if (outcome is null) await copy.WriteNullAsync();
                else await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                if (i % 50_000 == 0) Console.Error.Write($"\r  {i:N0} of {events.Count:N0} applications, {clock.Elapsed.TotalSeconds:N0} s");
            }
            await copy.CompleteAsync();
        }
        Console.Error.WriteLine($"\r  {events.Count:N0} applications, {clock.Elapsed.TotalSeconds:N0} s");

        var skillRows = 0L;
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "ApplicationSkills" ("ApplicationId", "NormalizedSkill", "JobId", "OrganizationId", "Skill", "Years") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < events.Count; i++)
            {
                if (!parsed[i]) continue;
                var (_, number, org, job) = events[i];
                foreach (var (key, (skill, years)) in DataGenerator.SkillRows(Head(number).Skills))
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(applicationIds[i], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(key, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(job, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(org, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(skill, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(years, NpgsqlDbType.Double);
                    skillRows++;
                }
            }
            await copy.CompleteAsync();
        }
        Console.Error.WriteLine($"  {skillRows:N0} skill rows, {clock.Elapsed.TotalSeconds:N0} s");

        // The same definitions as the migrations'.
        await ExecuteAsync(connection, """
            SET maintenance_work_mem = '512MB';
            CREATE INDEX "IX_ApplicationSkills_OrganizationId_NormalizedSkill_Years" ON "ApplicationSkills" ("OrganizationId", "NormalizedSkill", "Years");
            CREATE INDEX "IX_ApplicationSkills_JobId_NormalizedSkill_Years" ON "ApplicationSkills" ("JobId", "NormalizedSkill", "Years");
            CREATE INDEX "IX_Applications_SearchVector" ON "Applications" USING GIN ("SearchVector");
            """);
        await ExecuteAsync(connection, "VACUUM ANALYZE;");
        Console.Error.WriteLine($"  indexes built, {clock.Elapsed.TotalSeconds:N0} s");
    }

    GeneratedPerson Person(int number) => writer.Write(new Random(seed * 1_000_003 + number), number);

    (string Name, string Email, string Location, IReadOnlyList<(string Skill, double Years)> Skills) Head(int number) =>
        writer.Head(new Random(seed * 1_000_003 + number), number);

    static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type = NpgsqlDbType.Text)
    {
        if (value is null) await copy.WriteNullAsync();
        else await copy.WriteAsync(value, type);
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
