using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using OpenHire.Features.Jobs;
using OpenHire.Features.Interviews;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Demo;

/// <summary>"Demo" configuration section; `--demo` on the command line turns it on.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}

/// <summary>
/// Seeds the demo organization (slug "demo"): the posting OpenHire was born from, with every section
/// filled, two more jobs imported from pasted text, candidates at every stage, an interview, and a
/// member of each role whose credentials the sign-in page shows.
/// </summary>
public static class DemoSeeder
{
    public const string Slug = "demo";
    public const string AdminEmail = "admin@demo.openhire.local";
    public const string AdminPassword = "demo-password";
    public const string RecruiterEmail = "recruiter@demo.openhire.local";
    public const string HiringManagerEmail = "manager@demo.openhire.local";
    public const string InterviewerEmail = "interviewer@demo.openhire.local";

    /// <summary>Turns the `--demo` switch into configuration the host understands.</summary>
    public static string[] ExpandSwitch(string[] args) =>
        args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a).ToArray();

    /// <summary>The seed posting as the API would receive it.</summary>
    public static JobInput SeedJob()
    {
        using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream("OpenHire.Features.Demo.demo-job.json")!;
        var json = new JsonSerializerOptions();
        OpenHireApp.ConfigureJson(json);
        return JsonSerializer.Deserialize<JobInput>(stream, json)!;
    }

    public static async Task SeedIfEnabledAsync(IServiceProvider services)
    {
        if (!services.GetRequiredService<DemoOptions>().Enabled) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Organizations.AnyAsync(o => o.Slug == Slug)) return;
        var (org, errors) = await scope.ServiceProvider.GetRequiredService<OrganizationSetup>()
            .CreateAsync(new("Demo Company", Slug, AdminEmail, AdminPassword, "Demo Admin"), default);
        if (org is null) throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var recruiter = await AddMemberAsync(scope.ServiceProvider, org.Id, "Riley Recruiter", RecruiterEmail, Roles.Recruiter);
        var manager = await AddMemberAsync(scope.ServiceProvider, org.Id, "Morgan Manager", HiringManagerEmail, Roles.HiringManager);
        var interviewer = await AddMemberAsync(scope.ServiceProvider, org.Id, "Ivy Interviewer", InterviewerEmail, Roles.Interviewer);
        var jobs = new Dictionary<string, Job> { ["seed"] = Published(org.Id, SeedJob() with { HiringManagerId = manager.Id }, now) };
        // The other jobs were pasted in as text and read by the posting reader, as a recruiter would import them.
        foreach (var (key, department, text) in PastedPostings())
            jobs[key] = Published(org.Id, PostingImport.FromText(text).Draft with { Department = department }, now);
        db.Jobs.AddRange(jobs.Values);
        await db.SaveChangesAsync();

        var actor = new Actor(recruiter.Id, recruiter.DisplayName);
        var applications = await DemoApplicants.SeedAsync(scope.ServiceProvider, org, jobs, actor, default);
        await ScheduleInterviewAsync(db, org.Id, applications["Priya Raman"], interviewer, actor, now);
        scope.ServiceProvider.GetRequiredService<ILogger<DemoOptions>>()
            .LogInformation("Demo organization ready: careers site /careers/{Slug}; sign in as {Admin}, {Recruiter}, {Manager} or {Interviewer}, password {Password}",
                Slug, AdminEmail, RecruiterEmail, HiringManagerEmail, InterviewerEmail, AdminPassword);
    }

    /// <summary>The candidate in the technical interview stage meets the demo interviewer next week, 10:00 in San Francisco.</summary>
    static async Task ScheduleInterviewAsync(AppDbContext db, Guid orgId, Guid applicationId, AppUser interviewer, Actor actor, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7);
        var input = new InterviewInput([interviewer.Id], $"{day:yyyy-MM-dd}T10:00", "America/Los_Angeles", 60, VideoLink: "https://meet.example.com/demo-technical");
        var result = await InterviewScheduling.ScheduleAsync(db, new StaffScope(orgId, actor.UserId, Roles.Recruiter), applicationId, input, actor, now, default);
        if (!result.Succeeded) throw new InvalidOperationException("Demo interview failed: " + result.Message);
    }

    static Job Published(Guid orgId, JobInput input, DateTimeOffset now)
    {
        var job = new Job { OrganizationId = orgId, CreatedAt = now };
        job.Apply(input, now);
        job.Publish(now);
        return job;
    }

    /// <summary>The pasted postings by key, with the department a recruiter picks after importing.</summary>
    static IEnumerable<(string Key, string Department, string Text)> PastedPostings()
    {
        foreach (var (key, department) in new[] { ("icu-nurse", "Nursing"), ("product-designer", "Design") })
        {
            using var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream($"OpenHire.Features.Demo.Postings.{key}.txt")!;
            using var reader = new StreamReader(stream);
            yield return (key, department, reader.ReadToEnd());
        }
    }

    /// <summary>A team member who signs in with the demo password.</summary>
    static async Task<AppUser> AddMemberAsync(IServiceProvider services, Guid orgId, string name, string email, string role)
    {
        var (member, password, errors) = await services.GetRequiredService<OrganizationSetup>().AddMemberAsync(orgId, name, email, role, default);
        if (member is null) throw new InvalidOperationException("Demo member failed: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var changed = await users.ChangePasswordAsync(member, password!, AdminPassword);
        if (!changed.Succeeded) throw new InvalidOperationException("Demo member password failed: " + string.Join("; ", changed.Errors.Select(e => e.Description)));
        return member;
    }
}
