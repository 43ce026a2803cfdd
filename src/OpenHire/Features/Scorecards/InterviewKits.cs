using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Scorecards;

/// <summary>A job's interview kit: saved, or drawn from the posting's required skills and responsibilities until someone saves one.</summary>
public static class InterviewKits
{
    public static async Task<InterviewKitResponse?> GetAsync(AppDbContext db, Guid orgId, Guid jobId, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct);
        if (job is null) return null;
        var kit = await db.InterviewKits.AsNoTracking().SingleOrDefaultAsync(k => k.JobId == jobId, ct);
        return kit is null ? new(jobId, true, FromPosting(job), null) : new(jobId, false, kit.Competencies, kit.UpdatedAt);
    }

    /// <summary>One competency per required skill and per responsibility, each with a question to start from.</summary>
    public static List<Competency> FromPosting(Job job)
    {
        var competencies = new List<Competency>();
        foreach (var skill in job.RequiredSkills)
            competencies.Add(new(skill, [$"Walk us through the hardest problem you solved with {skill}.", $"What would you do differently with {skill} today?"]));
        foreach (var duty in job.Responsibilities)
            competencies.Add(new(Shorten(duty, ScorecardLimits.Name), [$"Tell us about a time you did this: {Shorten(duty, 300)}"]));
        if (competencies.Count == 0)
            competencies.Add(new("Role fit", ["What draws you to this role, and what would you do in your first three months?"]));
        return [.. competencies.DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Take(ScorecardLimits.Competencies)];
    }

    public static async Task<(InterviewKitResponse? Kit, Dictionary<string, string[]> Errors)> ReplaceAsync(
        AppDbContext db, Guid orgId, Guid jobId, InterviewKitInput input, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var competencies = (input.Competencies ?? [])
            .Select(c => new Competency(c.Name?.Trim() ?? "", [.. (c.Questions ?? []).Select(q => q?.Trim() ?? "").Where(q => q.Length > 0)]))
            .Where(c => c.Name.Length > 0 || c.Questions.Count > 0).ToList();
        if (competencies.Count is 0 or > ScorecardLimits.Competencies) errors["competencies"] = [$"Give 1 to {ScorecardLimits.Competencies} competencies."];
        if (competencies.Any(c => c.Name.Length is 0 or > ScorecardLimits.Name)) errors["competencies"] = [$"Name every competency, in at most {ScorecardLimits.Name} characters."];
        else if (competencies.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != competencies.Count) errors["competencies"] = ["Each competency needs a name of its own."];
        if (competencies.Any(c => c.Questions.Count > ScorecardLimits.Questions || c.Questions.Any(q => q.Length > ScorecardLimits.Text)))
            errors["questions"] = [$"At most {ScorecardLimits.Questions} questions per competency, each under {ScorecardLimits.Text} characters."];
        if (errors.Count > 0) return (null, errors);
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct)) return (null, errors);
        var kit = await db.InterviewKits.SingleOrDefaultAsync(k => k.JobId == jobId, ct);
        if (kit is null) db.InterviewKits.Add(kit = new InterviewKit { JobId = jobId, OrganizationId = orgId });
        kit.Competencies = competencies;
        kit.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return (new(jobId, false, kit.Competencies, kit.UpdatedAt), errors);
    }

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
