using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;

namespace OpenHire.Tests.Infrastructure;

/// <summary>A staff member added through the API, with a personal API key that acts as them.</summary>
public sealed record TestMember(Guid Id, string Name, string Email, string Password, HttpClient Api);

public static class Members
{
    /// <summary>Adds a member with <paramref name="role"/> and gives them a personal key.</summary>
    public static async Task<TestMember> AddMemberAsync(this AppFixture app, TestOrganization org, string role, string name)
    {
        var email = $"{name.ToLowerInvariant().Replace(' ', '.')}@{org.Slug}.example.com";
        var response = await org.Api.PostJsonAsync("/api/v1/team", new { name, email, role });
        response.EnsureSuccessStatusCode();
        var added = await response.ReadAsync<TeamApi.AddedMember>();
        var key = await (await org.Api.PostJsonAsync("/api/v1/api-keys", new { name = $"{name}'s key", member_id = added.Id })).ReadAsync<ApiKeysApi.CreatedApiKey>();
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", key.Token);
        return new(added.Id, name, email, added.InitialPassword, api);
    }

    /// <summary>A published job with a hiring manager, required skills and responsibilities (for the interview kit).</summary>
    public static async Task<JobResponse> JobManagedByAsync(this TestOrganization org, Guid? hiringManagerId, string title = "Data Engineer")
    {
        var input = Jobs.Minimal(title) with
        {
            HiringManagerId = hiringManagerId,
            RequiredSkills = ["Python", "SQL"],
            Responsibilities = ["Build and run data pipelines"],
        };
        return await org.CreatePublishedJobAsync(input);
    }

    public static async Task<ApplicationsApi.ApplicationReceipt> ApplyAsync(this AppFixture app, TestOrganization org, Guid jobId, string email, string name = "Ada Lovelace")
    {
        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, jobId), Requests.ApplicationForm(name: name, email: email));
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<ApplicationsApi.ApplicationReceipt>();
    }
}
