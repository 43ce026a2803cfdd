using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Demo;

/// <summary>
/// Candidates of the demo organization, made up for it: each applies the way a candidate does
/// (a PDF resume through the application form, read and scored in the background), then the
/// recruiter moves them to the stage the demo shows them in.
/// </summary>
public static class DemoApplicants
{
    sealed record DemoCandidate(
        string Job, string Stage, string Name, string Email, string Phone, string Location, List<string> Links,
        string CoverLetter, List<string> Resume, string? Outcome = null, string? Reason = null);

    /// <summary>Applies for each demo candidate and moves them to their stage; returns their applications by name.</summary>
    public static async Task<Dictionary<string, Guid>> SeedAsync(IServiceProvider services, Organization org, IReadOnlyDictionary<string, Job> jobs, Actor recruiter, CancellationToken ct)
    {
        var applications = new Dictionary<string, Guid>();
        var submitter = services.GetRequiredService<ApplicationSubmitter>();
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var person in Load())
        {
            var job = jobs[person.Job];
            var pdf = DemoResume.Pdf(person.Resume);
            await using var stream = new MemoryStream(pdf);
            var resume = new FormFile(stream, 0, pdf.Length, "resume", FileName(person.Name))
            {
                Headers = new HeaderDictionary(),
                ContentType = "application/pdf",
            };
            var form = new ApplicationForm(person.Name, person.Email, person.Phone, person.Location, person.Links, resume, null, person.CoverLetter, Consent: true);
            var outcome = await submitter.SubmitAsync(org, job, form, ct);
            if (outcome.Application is not { } application)
                throw new InvalidOperationException($"Demo application of {person.Name} was refused: {outcome.Problem} {string.Join("; ", outcome.Errors.SelectMany(e => e.Value))}");
            await MoveAsync(db, org.Id, job.Id, application.Id, person, recruiter, now, ct);
            applications[person.Name] = application.Id;
        }
        return applications;
    }

    /// <summary>Walks the application through each stage up to its demo stage, so the timeline reads like a real one.</summary>
    static async Task MoveAsync(AppDbContext db, Guid orgId, Guid jobId, Guid applicationId, DemoCandidate person, Actor recruiter, DateTimeOffset now, CancellationToken ct)
    {
        var stages = await PipelineStages.ActiveAsync(db, jobId, ct);
        var target = stages.FindIndex(s => s.Name == person.Stage);
        if (target < 0) throw new InvalidOperationException($"The demo pipeline has no stage \"{person.Stage}\".");
        foreach (var stage in stages.Skip(1).Take(target))
            Check(await PipelineOperations.MoveAsync(db, orgId, applicationId, new MoveRequest(stage.Id), recruiter, now, ct), person);
        if (person.Outcome == "rejected")
        {
            var reason = await db.RejectionReasons.AsNoTracking()
                .SingleAsync(r => r.OrganizationId == orgId && r.Kind == ApplicationOutcome.Rejected && r.Text == person.Reason, ct);
            Check(await PipelineOperations.RejectAsync(db, orgId, applicationId, new OutcomeRequest(reason.Id), recruiter, now, ct), person);
        }
    }

    static void Check<T>(PipelineResult<T> result, DemoCandidate person)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo move of {person.Name} failed: {result.Message}");
    }

    static string FileName(string name) => string.Join('-', name.Split(' ', '\'')) + "-resume.pdf";

    static List<DemoCandidate> Load()
    {
        using var stream = typeof(DemoApplicants).Assembly.GetManifestResourceStream("OpenHire.Features.Demo.demo-candidates.json")!;
        return JsonSerializer.Deserialize<List<DemoCandidate>>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;
    }
}
