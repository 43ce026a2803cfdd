using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Analysis.Skills;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;

namespace OpenHire.SearchBench;

/// <summary>
/// Fills the database through the app's own DbContext (so SQLite's search documents are written by
/// the same SaveChanges hook as in production, and PostgreSQL's triggers run): the searched
/// organization with <c>candidates</c> people, most applying once and some to two or three of its
/// 40 jobs over two years, and a smaller second organization beside it. Applications are spread
/// over the pipeline's stages. On PostgreSQL the people and applications go in by COPY
/// (<see cref="PostgresCopy"/>): a million through EF would take hours.
/// </summary>
sealed class DataGenerator(IServiceProvider services, int candidates, int seed, string? postgresConnection = null)
{
    public const string Slug = "bench";
    const int BatchSize = 1000;

    public async Task<Guid> GenerateAsync()
    {
        var rng = new Random(seed);
        var writer = new ResumeWriter(SkillTaxonomy.Default);
        var end = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        var start = end.AddYears(-2);
        var (big, bigJobs) = await CreateOrganizationAsync(Slug, "Bench Corp", 40, start, rng);
        var (small, smallJobs) = await CreateOrganizationAsync(Slug + "-neighbour", "Neighbour Ltd", 5, start, rng);
        var stages = await StagesAsync();

        // Every application as (when, who, which job), replayed in time order like real arrivals.
        var events = new List<(DateTimeOffset At, int Person, Guid Org, Guid Job)>();
        var total = candidates + candidates / 20;
        for (var person = 0; person < total; person++)
        {
            var inBig = person < candidates;
            var jobs = (inBig ? bigJobs : smallJobs).OrderBy(_ => rng.Next()).Take(rng.NextDouble() switch { < 0.75 => 1, < 0.95 => 2, _ => 3 }).ToList();
            var first = start + (end - start) * rng.NextDouble();
            for (var i = 0; i < jobs.Count; i++)
            {
                var at = i == 0 ? first : first.AddDays(rng.Next(1, 120));
                events.Add((at > end ? end : at, person, inBig ? big : small, jobs[i]));
            }
        }
        events.Sort((a, b) => a.At.CompareTo(b.At));
        if (postgresConnection is not null)
        {
            await new PostgresCopy(postgresConnection, writer, seed).LoadAsync(events, stages, rng);
            return big;
        }

        var people = new Dictionary<int, (Guid Id, GeneratedPerson Person)>();
        var clock = Stopwatch.StartNew();
        for (var offset = 0; offset < events.Count; offset += BatchSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var (at, number, org, job) in events.Skip(offset).Take(BatchSize))
            {
                if (!people.TryGetValue(number, out var known))
                {
                    var person = writer.Write(new Random(seed * 1_000_003 + number), number);
                    var candidate = new Candidate
                    {
                        OrganizationId = org, Name = person.Name, Email = person.Email, NormalizedEmail = person.Email,
                        Location = person.Location, CreatedAt = at,
                    };
                    db.Candidates.Add(candidate);
                    people[number] = known = (candidate.Id, person);
                }
                AddApplication(db, rng, org, job, known.Id, known.Person, at, stages[job]);
            }
            await db.SaveChangesAsync();
            if (offset / BatchSize % 10 == 0)
                Console.Error.Write($"\r  {offset + BatchSize:N0} of {events.Count:N0} applications, {clock.Elapsed.TotalSeconds:N0} s");
        }
        Console.Error.WriteLine();
        return big;
    }

    static void AddApplication(AppDbContext db, Random rng, Guid org, Guid job, Guid candidate, GeneratedPerson person, DateTimeOffset at, List<Guid> stages)
    {
        var status = PickResumeStatus(rng);
        var (stage, outcome) = PickStage(rng, stages);
        var application = new Application
        {
            Id = Guid.CreateVersion7(at),
            OrganizationId = org,
            JobId = job,
            CandidateId = candidate,
            CoverLetterText = rng.NextDouble() < 0.4 ? ResumeWriter.CoverLetter(rng) : null,
            ConsentedAt = at,
            CreatedAt = at,
            ResumeStatus = status,
            ResumeText = status == ResumeStatus.Parsed ? person.ResumeText : null,
            CurrentTitle = status == ResumeStatus.Parsed ? person.CurrentTitle : null,
            FitScore = status == ResumeStatus.Parsed ? rng.Next(0, 101) : null,
            StageId = stage,
            StageEnteredAt = at,
            Outcome = outcome,
            OutcomeAt = outcome is null ? null : at,
        };
        db.Applications.Add(application);
        if (status != ResumeStatus.Parsed) return;
        foreach (var (key, (skill, years)) in SkillRows(person.Skills))
            db.ApplicationSkills.Add(new ApplicationSkill
            {
                ApplicationId = application.Id, OrganizationId = org, JobId = job, Skill = skill, NormalizedSkill = key, Years = years,
            });
    }

    public static ResumeStatus PickResumeStatus(Random rng) =>
        rng.NextDouble() switch { < 0.92 => ResumeStatus.Parsed, < 0.97 => ResumeStatus.Failed, _ => ResumeStatus.None };

    /// <summary>Where an application stands: most in the first stages, few hired; a quarter of those not hired rejected, a few withdrawn.</summary>
    public static (Guid Stage, ApplicationOutcome? Outcome) PickStage(Random rng, List<Guid> stages)
    {
        var roll = rng.NextDouble();
        var position = roll switch { < 0.50 => 0, < 0.70 => 1, < 0.82 => 2, < 0.90 => 3, < 0.95 => 4, _ => 5 };
        position = Math.Min(position, stages.Count - 1);
        var outcome = position == stages.Count - 1 ? null : rng.NextDouble() switch
        {
            < 0.25 => ApplicationOutcome.Rejected,
            < 0.28 => (ApplicationOutcome?)ApplicationOutcome.Withdrawn,
            _ => null,
        };
        return (stages[position], outcome);
    }

    /// <summary>Skill rows as FitScoring writes them: each skill and every skill it implies, with the most years shown.</summary>
    public static Dictionary<string, (string Skill, double Years)> SkillRows(IReadOnlyList<(string Skill, double Years)> skills)
    {
        var rows = new Dictionary<string, (string Skill, double Years)>();
        foreach (var (name, years) in skills)
        {
            var shown = SkillTaxonomy.Default.TryGet(name, out var skill) ? skill.WithImplied().Select(s => s.Name) : [name];
            foreach (var s in shown)
            {
                var key = ApplicationSkill.Normalize(s);
                if (!rows.TryGetValue(key, out var had) || had.Years < years) rows[key] = (s, years);
            }
        }
        return rows;
    }

    /// <summary>Each job's stages in order, as the pipeline interceptor made them.</summary>
    async Task<Dictionary<Guid, List<Guid>>> StagesAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.PipelineStages.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.JobId, s.Id }).ToListAsync())
            .GroupBy(s => s.JobId).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
    }

    async Task<(Guid Org, List<Guid> Jobs)> CreateOrganizationAsync(string slug, string name, int jobCount, DateTimeOffset at, Random rng)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = new Organization { Name = name, Slug = slug, CreatedAt = at };
        db.Organizations.Add(org);
        var jobs = Enumerable.Range(0, jobCount).Select(i => new Job
        {
            OrganizationId = org.Id,
            Title = i < Words.Titles.Length ? Words.Titles[i] : $"{ResumeWriter.Pick(rng, Words.Titles)} {i}",
            Department = "Engineering",
            Locations = [new JobLocation { City = "Berlin", Country = "DE" }],
            CreatedAt = at,
            UpdatedAt = at,
        }).ToList();
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync();
        return (org.Id, [.. jobs.Select(j => j.Id)]);
    }

    public static async Task<Guid?> FindExistingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Organizations.Where(o => o.Slug == Slug).Select(o => (Guid?)o.Id).SingleOrDefaultAsync();
    }
}
