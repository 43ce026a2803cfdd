using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenHire.Features.Jobs;

namespace OpenHire.Tests.Infrastructure;

/// <summary>The API's JSON conventions and the requests most tests make.</summary>
public static class Requests
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        OpenHire.OpenHireApp.ConfigureJson(o);
        return o;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, Json);

    /// <summary>Creates a job through the API and publishes it; returns it as the API answered.</summary>
    public static async Task<JobResponse> CreatePublishedJobAsync(this TestOrganization org, JobInput? input = null)
    {
        var created = await org.Api.PostJsonAsync("/api/v1/jobs", input ?? Jobs.Minimal());
        created.EnsureSuccessStatusCode();
        var job = await created.ReadAsync<JobResponse>();
        var published = await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/publish", null);
        published.EnsureSuccessStatusCode();
        return await published.ReadAsync<JobResponse>();
    }

    /// <summary>An application form; pass null for a part to leave it out.</summary>
    public static MultipartFormDataContent ApplicationForm(
        string name = "Ada Lovelace", string email = "ada@example.com", byte[]? resume = null, string resumeName = "resume.pdf",
        string? coverLetterText = "I would love to join.", bool consent = true, bool withResume = true, string phone = "+1 415 555 0100")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new StringContent(email), "email" },
            { new StringContent(phone), "phone" },
            { new StringContent("Oakland, CA"), "location" },
            { new StringContent("https://github.com/ada"), "links" },
        };
        if (consent) form.Add(new StringContent("true"), "consent");
        if (coverLetterText is not null) form.Add(new StringContent(coverLetterText), "cover_letter_text");
        if (withResume) form.Add(File(resume ?? TestFiles.Pdf(), "application/pdf"), "resume", resumeName);
        return form;
    }

    public static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public static string ApplyUrl(TestOrganization org, Guid jobId) => $"/api/v1/job-board/{org.Slug}/jobs/{jobId}/applications";
}

/// <summary>Job bodies for tests.</summary>
public static class Jobs
{
    public static JobInput Minimal(string title = "Data Engineer") => new()
    {
        Title = title,
        Department = "Data",
        Summary = "Build pipelines.",
        Locations = [new JobLocationDto("Berlin", null, "DE")],
        WorkplaceType = WorkplaceType.Onsite,
        EmploymentType = EmploymentType.FullTime,
        HowToApply = new HowToApplyDto(null, true, DocumentRequirement.Optional),
    };
}
