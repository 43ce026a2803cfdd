using System.Net.Mail;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Resumes.JsonResume;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Resumes;

/// <summary>
/// Adds a candidate to a job from a JSON Resume document (jsonresume.org): staff sourcing people
/// who did not apply through the careers site. The document becomes the application's profile,
/// scored at once; no email is sent.
/// </summary>
public static class ResumeImport
{
    public sealed record Outcome(Application? Application, int Status, string? Problem);

    public static async Task<Outcome> ImportAsync(AppDbContext db, Job job, string json, DateTimeOffset now, CancellationToken ct)
    {
        if (!IsJsonObject(json)) return new(null, StatusCodes.Status400BadRequest, "The body is not a JSON Resume document (a JSON object with \"basics\").");
        var profile = JsonResumeConverter.FromJson(json);
        if (string.IsNullOrWhiteSpace(profile.Name)) return new(null, StatusCodes.Status422UnprocessableEntity, "basics.name is required.");
        if (profile.Email is not { Length: <= 320 } || !MailAddress.TryCreate(profile.Email, out _)) return new(null, StatusCodes.Status422UnprocessableEntity, "basics.email must be a valid email address.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var candidate = await CandidateDirectory.FindOrAddAsync(db, NewCandidate(job.OrganizationId, profile, now), ct);
        var application = new Application
        {
            OrganizationId = job.OrganizationId,
            JobId = job.Id,
            CandidateId = candidate.Id,
            Source = ApplicationSource.Import,
            ConsentedAt = now,
            CreatedAt = now,
            ResumeStatus = ResumeStatus.Parsed,
            ResumeText = ProfileText(profile),
            ParsedProfile = profile,
        };
        FitScoring.Score(application, FitScoring.Prepare(job), now);
        db.Applications.Add(application);
        await FitScoring.IndexProfileAsync(db, application, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return new(null, StatusCodes.Status409Conflict, $"{candidate.Email} is already a candidate for \"{job.Title}\".");
        }
        await tx.CommitAsync(ct);
        return new(application, StatusCodes.Status201Created, null);
    }

    static bool IsJsonObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    static Candidate NewCandidate(Guid orgId, ResumeProfile profile, DateTimeOffset now) => new()
    {
        OrganizationId = orgId,
        Name = Cut(profile.Name!.Trim(), 200),
        Email = profile.Email!.Trim(),
        NormalizedEmail = Candidate.Normalize(profile.Email!),
        Phone = (profile.Phone?.E164 ?? profile.Phone?.AsWritten) is { } phone ? Cut(phone, 40) : null,
        Location = profile.Location is { } location ? Cut(location, 200) : null,
        Links = [.. profile.Links.Take(10)],
        CreatedAt = now,
    };

    static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>The words of an imported profile, so full-text search finds imported candidates like uploaded ones.</summary>
    static string ProfileText(ResumeProfile p) => string.Join('\n',
        p.Work.SelectMany(w => new[] { w.Title, w.Company, w.Description })
            .Concat(p.Education.SelectMany(e => new[] { e.Degree, e.Field, e.Institution }))
            .Concat(p.Skills.Select(s => s.Name)).Concat(p.Certifications).Concat(p.Languages)
            .Where(t => !string.IsNullOrWhiteSpace(t)));
}
