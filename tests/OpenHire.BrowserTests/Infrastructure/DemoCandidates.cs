using System.Net.Http.Json;
using System.Text.Json;

namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>Applications made through the public job-board API, so staff tests have something to read.</summary>
public static class DemoCandidates
{
    public const string SeedJobTitle = "Senior Backend Engineer";

    /// <summary>Applies to the demo organization's seed job with a plain-text resume.</summary>
    public static async Task ApplyToSeedJobAsync(this OpenHireServer server, string name, string email, string resume, string coverLetter)
    {
        using var http = server.CreateClient();
        var jobs = await http.GetFromJsonAsync<JsonElement>("/api/v1/job-board/demo/jobs");
        var jobId = jobs.GetProperty("items").EnumerateArray()
            .First(j => j.GetProperty("title").GetString() == SeedJobTitle).GetProperty("id").GetString();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new StringContent(email), "email" },
            { new StringContent("true"), "consent" },
            { new StringContent(coverLetter), "cover_letter_text" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(resume)) { Headers = { ContentType = new("text/plain") } }, "resume", "resume.txt" },
        };
        var response = await http.PostAsync($"/api/v1/job-board/demo/jobs/{jobId}/applications", form);
        Assert.True(response.IsSuccessStatusCode, $"Applying failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
