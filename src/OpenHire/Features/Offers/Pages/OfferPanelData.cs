using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Jobs;
using OpenHire.Features.Pipelines;
using Microsoft.EntityFrameworkCore;

namespace OpenHire.Features.Offers.Pages;

/// <summary>
/// What the offer panel shows, loaded by the page before rendering: sibling panels must not query
/// one DbContext at the same time.
/// </summary>
public sealed record OfferPanelData(List<OfferResponse> Offers, List<TeamApi.Member> Team, SalaryRange? Range, Guid? UserId, bool Ended)
{
    public static async Task<OfferPanelData> LoadAsync(AppDbContext db, OfferOperations offers, System.Security.Claims.ClaimsPrincipal user, Guid applicationId)
    {
        var orgId = user.OrganizationId();
        var found = await offers.ListAsync(orgId, applicationId, default) ?? [];
        var members = await TeamApi.ListAsync(db, orgId, default);
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Select(a => new { a.JobId, a.Outcome }).SingleOrDefaultAsync();
        var job = application is null ? null : await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == application.JobId);
        return new(found, members, job?.Salary, Actor.From(user).UserId, application?.Outcome is not null);
    }
}
