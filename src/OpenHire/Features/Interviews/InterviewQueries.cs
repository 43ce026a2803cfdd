using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Fairness;

namespace OpenHire.Features.Interviews;

/// <summary>Reads of interviews for the API and the workspace; callers have checked access to the application.</summary>
public static class InterviewQueries
{
    /// <summary>An application's interviews, soonest first, cancelled ones included.</summary>
    public static async Task<List<InterviewResponse>> ForApplicationAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct)
    {
        var interviews = await db.Interviews.AsNoTracking().Include(i => i.Interviewers)
            .Where(i => i.ApplicationId == applicationId && i.OrganizationId == orgId).OrderBy(i => i.StartsAt).ToListAsync(ct);
        var names = await NamesAsync(db, orgId, interviews, ct);
        return [.. interviews.Select(i => Describe(i, names))];
    }

    public static async Task<InterviewResponse?> GetAsync(AppDbContext db, Guid orgId, Guid interviewId, CancellationToken ct)
    {
        var interview = await FindAsync(db, orgId, interviewId, ct);
        if (interview is null) return null;
        return Describe(interview, await NamesAsync(db, orgId, [interview], ct));
    }

    public static Task<Interview?> FindAsync(AppDbContext db, Guid orgId, Guid interviewId, CancellationToken ct) =>
        db.Interviews.AsNoTracking().Include(i => i.Interviewers).SingleOrDefaultAsync(i => i.Id == interviewId && i.OrganizationId == orgId, ct);

    /// <summary>The person's scheduled interviews from <paramref name="from"/> on (or all), soonest first, with whether their scorecard is in.</summary>
    public static async Task<List<MyInterview>> MineAsync(AppDbContext db, StaffScope scope, DateTimeOffset? from, CancellationToken ct)
    {
        if (scope.UserId is not { } me) return [];
        var query = db.Interviews.AsNoTracking().Include(i => i.Interviewers)
            .Where(i => i.OrganizationId == scope.OrganizationId && i.Status == InterviewStatus.Scheduled && i.Interviewers.Any(p => p.UserId == me));
        if (from is { } since) query = query.Where(i => i.StartsAt >= since);
        var interviews = await query.OrderBy(i => i.StartsAt).Take(200).ToListAsync(ct);
        var applicationIds = interviews.Select(i => i.ApplicationId).Distinct().ToList();
        var facts = await (from a in db.Applications.AsNoTracking()
                           where applicationIds.Contains(a.Id)
                           join c in db.Candidates on a.CandidateId equals c.Id
                           join j in db.Jobs on a.JobId equals j.Id
                           select new { a.Id, CandidateId = c.Id, c.Name, j.Title, a.IdentityRevealedAt }).ToDictionaryAsync(x => x.Id, ct);
        var mine = await db.Scorecards.AsNoTracking().Where(s => s.InterviewerId == me && applicationIds.Contains(s.ApplicationId))
            .ToDictionaryAsync(s => s.ApplicationId, s => s.Recommendation, ct);
        var blind = await BlindReview.IsOnAsync(db, scope.OrganizationId, ct);
        var names = await NamesAsync(db, scope.OrganizationId, interviews, ct);
        return [.. interviews.Select(i =>
        {
            var f = facts[i.ApplicationId];
            var name = BlindReview.Hides(blind, f.IdentityRevealedAt) ? BlindReview.Alias(f.CandidateId) : f.Name;
            return new MyInterview(Describe(i, names), name, f.Title, mine.ContainsKey(i.ApplicationId), mine.TryGetValue(i.ApplicationId, out var r) ? r : null);
        })];
    }

    static async Task<Dictionary<Guid, string>> NamesAsync(AppDbContext db, Guid orgId, IEnumerable<Interview> interviews, CancellationToken ct)
    {
        var ids = interviews.SelectMany(i => i.Interviewers.Select(p => p.UserId)).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => u.OrganizationId == orgId && ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    static InterviewResponse Describe(Interview i, Dictionary<Guid, string> names) =>
        InterviewScheduling.Describe(i, i.Interviewers.Select(p => new InterviewScheduling.Member(p.UserId, names.GetValueOrDefault(p.UserId, "former member"), "")));

    /// <summary>The .ics of an interview as it stands, for download: REQUEST while scheduled, CANCEL once cancelled.</summary>
    public static async Task<string?> CalendarAsync(AppDbContext db, Guid orgId, Guid interviewId, CancellationToken ct)
    {
        var interview = await FindAsync(db, orgId, interviewId, ct);
        if (interview is null) return null;
        var ids = interview.Interviewers.Select(p => p.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new InterviewCalendar.Person(u.DisplayName, u.Email!)).ToListAsync(ct);
        var facts = await (from a in db.Applications
                           where a.Id == interview.ApplicationId
                           join c in db.Candidates on a.CandidateId equals c.Id
                           join j in db.Jobs on a.JobId equals j.Id
                           join o in db.Organizations on a.OrganizationId equals o.Id
                           select new { CandidateId = c.Id, c.Name, j.Title, Organization = o.Name, a.IdentityRevealedAt, o.BlindReview }).AsNoTracking().SingleAsync(ct);
        var name = BlindReview.Hides(facts.BlindReview, facts.IdentityRevealedAt) ? BlindReview.Alias(facts.CandidateId) : facts.Name;
        var method = interview.Status == InterviewStatus.Cancelled ? InterviewCalendar.Cancel : InterviewCalendar.Request;
        return InterviewCalendar.Render(interview, method, $"Interview: {name} for {facts.Title}", null,
            new InterviewCalendar.Person(facts.Organization, "no-reply@openhire.local"), people);
    }
}
