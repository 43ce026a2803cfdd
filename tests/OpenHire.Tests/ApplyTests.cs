using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Jobs;
using OpenHire.Tests.Infrastructure;
using ApplicationReceipt = OpenHire.Features.Applications.ApplicationsApi.ApplicationReceipt;
using ValidationProblemDetails = Microsoft.AspNetCore.Mvc.ValidationProblemDetails;

namespace OpenHire.Tests;

public sealed class ApplySqliteTests(SqliteApp app) : ApplyTests(app), IClassFixture<SqliteApp>;
public sealed class ApplyPostgresTests(PostgresApp app) : ApplyTests(app), IClassFixture<PostgresApp>;

/// <summary>Applying through the public API and the careers form, and reading applications as staff.</summary>
public abstract class ApplyTests(AppFixture app)
{
    [Fact]
    public async Task An_application_is_stored_with_its_resume_and_confirmed_by_email()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var resume = TestFiles.Pdf(100 * 1024);

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: resume, email: "Ada@Example.com"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.ReadAsync<ApplicationReceipt>();
        var detail = await (await org.Api.GetAsync($"/api/v1/applications/{receipt.Id}")).ReadAsync<ApplicationDetail>();
        Assert.Equal("Ada Lovelace", detail.Candidate.Name);
        Assert.Equal("Ada@Example.com", detail.Candidate.Email);
        Assert.Equal("+1 415 555 0100", detail.Phone);
        Assert.Equal(["https://github.com/ada"], detail.Links);
        Assert.Equal("I would love to join.", detail.CoverLetterText);
        Assert.Equal("resume.pdf", detail.Resume!.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(resume)), detail.Resume.Sha256);

        var download = await org.Api.GetAsync(detail.Resume.DownloadUrl);
        Assert.Equal(resume, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        await app.WaitForOutboxAsync(emails => emails.All(m => m.SentAt is not null));
        var email = Directory.GetFiles(app.MailDirectory, "*.eml").Select(File.ReadAllText).Single(e => e.Contains("To: Ada Lovelace <Ada@Example.com>"));
        Assert.Contains($"Subject: We received your application: {job.Title}", email);
    }

    [Fact]
    public async Task Applying_twice_is_a_409_and_one_person_with_two_jobs_is_one_candidate()
    {
        var org = await app.CreateOrganizationAsync();
        var first = await org.CreatePublishedJobAsync(Jobs.Minimal("First"));
        var second = await org.CreatePublishedJobAsync(Jobs.Minimal("Second"));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Requests.ApplyUrl(org, first.Id), Requests.ApplicationForm())).StatusCode);
        var again = await client.PostAsync(Requests.ApplyUrl(org, first.Id), Requests.ApplicationForm(email: " ADA@example.com "));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already applied", (await again.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Detail);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Requests.ApplyUrl(org, second.Id), Requests.ApplicationForm())).StatusCode);

        var candidates = await (await org.Api.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidatesApi.CandidateResponse>>();
        var candidate = Assert.Single(candidates.Items);
        var withApplications = await (await org.Api.GetAsync($"/api/v1/candidates/{candidate.Id}")).ReadAsync<CandidatesApi.CandidateResponse>();
        Assert.Equal(["Second", "First"], withApplications.Applications!.Select(a => a.JobTitle));
        var application = await (await org.Api.GetAsync($"/api/v1/applications/{withApplications.Applications![0].Id}")).ReadAsync<ApplicationDetail>();
        Assert.Equal("First", Assert.Single(application.OtherApplications).JobTitle);
        Assert.Equal(2, StoredFiles(org).Length);
    }

    [Fact]
    public async Task Docx_and_text_resumes_and_a_cover_letter_file_are_accepted()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient();
        var docx = TestFiles.Docx();
        var form = Requests.ApplicationForm(email: "docx@example.com", resume: docx, resumeName: "cv.docx", coverLetterText: null);
        form.Add(Requests.File("Dear team,\nI am applying."u8.ToArray(), "text/plain"), "cover_letter", "letter.txt");

        var receipt = await (await client.PostAsync(Requests.ApplyUrl(org, job.Id), form)).ReadAsync<ApplicationReceipt>();
        var text = await client.PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: "txt@example.com", resume: "Plain resume"u8.ToArray(), resumeName: "cv.txt"));

        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        var detail = await (await org.Api.GetAsync($"/api/v1/applications/{receipt.Id}")).ReadAsync<ApplicationDetail>();
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", detail.Resume!.ContentType);
        Assert.Equal(docx, await org.Api.GetByteArrayAsync(detail.Resume.DownloadUrl));
        Assert.Equal("letter.txt", detail.CoverLetterFile!.FileName);
        Assert.Equal("Dear team,\nI am applying."u8.ToArray(), await org.Api.GetByteArrayAsync(detail.CoverLetterFile.DownloadUrl));
    }

    [Fact]
    public async Task A_file_over_10_MB_is_413_and_nothing_is_kept()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: TestFiles.Pdf(11 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("10 MB", (await response.ReadAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Detail);
        await AssertNothingStored(org, job);
    }

    [Fact]
    public async Task A_request_body_far_over_the_limit_is_413()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var form = Requests.ApplicationForm(resume: TestFiles.Pdf(9 * 1024 * 1024), coverLetterText: null);
        form.Add(Requests.File(TestFiles.Pdf(9 * 1024 * 1024), "application/pdf"), "cover_letter", "a.pdf");
        form.Add(Requests.File(TestFiles.Pdf(9 * 1024 * 1024), "application/pdf"), "extra", "b.pdf");

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStored(org, job);
    }

    [Theory]
    [InlineData("resume.pdf", "executable")]
    [InlineData("resume.docx", "pdf")]
    [InlineData("resume.exe", "pdf")]
    [InlineData("resume.docx", "zip")]
    [InlineData("resume.txt", "binary")]
    public async Task A_file_whose_content_is_not_what_it_claims_is_415(string fileName, string content)
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        byte[] bytes = content switch
        {
            "executable" => TestFiles.Executable(),
            "pdf" => TestFiles.Pdf(),
            "zip" => TestFiles.Zip(),
            _ => [0, 1, 2, 3, 0xFF, 0xFE, 0, 0],
        };

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: bytes, resumeName: fileName));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await AssertNothingStored(org, job);
    }

    [Fact]
    public async Task Missing_and_malformed_fields_are_listed_one_by_one()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Jobs.Minimal() with { HowToApply = new(null, true, DocumentRequirement.Required) });
        var form = new MultipartFormDataContent
        {
            { new StringContent("not-an-email"), "email" },
            { new StringContent("call me maybe"), "phone" },
            { new StringContent("javascript:alert(1)"), "links" },
        };

        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ValidationProblemDetails>();
        Assert.Equivalent(new[] { "name", "email", "phone", "links", "resume", "cover_letter", "consent" }, problem.Errors.Keys, strict: true);
        await AssertNothingStored(org, job);
    }

    [Fact]
    public async Task An_empty_file_and_a_non_form_body_are_refused()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient();

        var empty = await client.PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(resume: []));
        var json = await client.PostAsync(Requests.ApplyUrl(org, job.Id), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        await AssertNothingStored(org, job);
    }

    [Fact]
    public async Task Closed_unpublished_and_unknown_jobs_take_no_applications()
    {
        var org = await app.CreateOrganizationAsync();
        var closed = await org.CreatePublishedJobAsync();
        (await org.Api.PostAsync($"/api/v1/jobs/{closed.Id}/close", null)).EnsureSuccessStatusCode();
        var draft = await (await org.Api.PostJsonAsync("/api/v1/jobs", Jobs.Minimal())).ReadAsync<JobResponse>();
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync(Requests.ApplyUrl(org, closed.Id), Requests.ApplicationForm())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync(Requests.ApplyUrl(org, draft.Id), Requests.ApplicationForm())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(Requests.ApplyUrl(org, Guid.CreateVersion7()), Requests.ApplicationForm())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/job-board/no-such-org/jobs/{closed.Id}/applications", Requests.ApplicationForm())).StatusCode);
        Assert.Empty(StoredFiles(org));
    }

    [Fact]
    public async Task Applications_list_newest_first_in_pages()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
            ids.Add((await (await client.PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: $"p{i}@example.com"))).ReadAsync<ApplicationReceipt>()).Id);

        var first = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?limit=2")).ReadAsync<Page<ApplicationSummary>>();
        var rest = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?limit=2&cursor={first.NextCursor}")).ReadAsync<Page<ApplicationSummary>>();

        Assert.Equal(Enumerable.Reverse(ids), first.Items.Concat(rest.Items).Select(a => a.Id));
        Assert.Null(rest.NextCursor);
        Assert.All(first.Items, a => Assert.True(a.HasResume));
    }

    [Fact]
    public async Task The_careers_form_confirms_or_shows_what_to_fix_with_the_typed_values_escaped()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var formPage = await client.GetStringAsync($"/careers/{org.Slug}/jobs/{job.Id}/apply");
        Assert.Contains($"action=\"/careers/{org.Slug}/jobs/{job.Id}/applications\"", formPage);

        var bad = await client.PostAsync($"/careers/{org.Slug}/jobs/{job.Id}/applications",
            Requests.ApplicationForm(name: "<script>alert(1)</script>", email: "nope", consent: false));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("#name")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#email-error"));
        Assert.NotNull(page.QuerySelector("#consent-error"));

        var good = await client.PostAsync($"/careers/{org.Slug}/jobs/{job.Id}/applications", Requests.ApplicationForm());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal($"/careers/{org.Slug}/jobs/{job.Id}/applied", good.Headers.Location!.OriginalString);
        Assert.Contains("your application is in", await client.GetStringAsync(good.Headers.Location));
    }

    async Task AssertNothingStored(TestOrganization org, JobResponse job)
    {
        Assert.Empty((await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications")).ReadAsync<Page<ApplicationSummary>>()).Items);
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/candidates")).ReadAsync<Page<CandidatesApi.CandidateResponse>>()).Items);
        Assert.Empty(StoredFiles(org));
    }

    string[] StoredFiles(TestOrganization org)
    {
        var folder = Path.Combine(app.FilesDirectory, org.Id.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}
