using System.Net;
using System.Security.Cryptography;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class ConcurrencySqliteTests(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;
public sealed class ConcurrencyPostgresTests(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;

/// <summary>
/// 25 applicants each submitting the same application 8 times at once: exactly 25 candidates and
/// 25 applications, each acknowledged one stored with its own resume, every other attempt a 409.
/// </summary>
public abstract class ConcurrencyTests(AppFixture app)
{
    const int Applicants = 25;
    const int Attempts = 8;

    [Fact]
    public async Task Concurrent_duplicate_submissions_end_as_one_application_each()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient();
        var resumes = Enumerable.Range(0, Applicants).Select(i => TestFiles.Pdf(20 * 1024, $"applicant {i}")).ToArray();

        using var start = new SemaphoreSlim(0);
        var submissions = Enumerable.Range(0, Applicants * Attempts).Select(async n =>
        {
            var applicant = n % Applicants;
            var form = Requests.ApplicationForm(name: $"Applicant {applicant}", email: $"applicant{applicant}@example.com", resume: resumes[applicant]);
            await start.WaitAsync();
            var response = await client.PostAsync(Requests.ApplyUrl(org, job.Id), form);
            return (applicant, response.StatusCode, Receipt: response.StatusCode == HttpStatusCode.Created ? await response.ReadAsync<ApplicationsApi.ApplicationReceipt>() : null);
        }).ToList();
        start.Release(Applicants * Attempts);
        var results = await Task.WhenAll(submissions);

        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"unexpected {r.StatusCode}"));
        var accepted = results.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Equal(Applicants, accepted.Count);
        Assert.Equal(Enumerable.Range(0, Applicants), accepted.Select(r => r.applicant).Order());

        var candidates = await (await org.Api.GetAsync("/api/v1/candidates?limit=100")).ReadAsync<Page<CandidatesApi.CandidateResponse>>();
        Assert.Equal(Applicants, candidates.Items.Count);
        var listed = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?limit=100")).ReadAsync<Page<ApplicationSummary>>();
        Assert.Equal(accepted.Select(r => r.Receipt!.Id).Order(), listed.Items.Select(a => a.Id).Order());

        foreach (var (applicant, _, receipt) in accepted)
        {
            var detail = await (await org.Api.GetAsync($"/api/v1/applications/{receipt!.Id}")).ReadAsync<ApplicationDetail>();
            Assert.Equal($"applicant{applicant}@example.com", detail.Candidate.Email);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(resumes[applicant])), detail.Resume!.Sha256);
            Assert.Equal(resumes[applicant], await org.Api.GetByteArrayAsync(detail.Resume.DownloadUrl));
        }
        var stored = Directory.GetFiles(Path.Combine(app.FilesDirectory, org.Id.ToString("N")), "*", SearchOption.AllDirectories);
        Assert.Equal(Applicants, stored.Length);
    }
}
