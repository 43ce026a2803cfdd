using System.Net;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Resumes;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class ResumeReadingSqliteTests(SqliteApp app) : ResumeReadingTests(app), IClassFixture<SqliteApp>;
public sealed class ResumeReadingPostgresTests(PostgresApp app) : ResumeReadingTests(app), IClassFixture<PostgresApp>;

/// <summary>Resumes read in the background, scored against the job with reasons, corrected, ranked and filtered.</summary>
public abstract class ResumeReadingTests(AppFixture app)
{
    [Fact]
    public async Task A_text_resume_is_read_in_the_background_and_scored_with_reasons()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());

        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "grace@example.com");
        var view = await org.WaitForProfileAsync(id);

        Assert.Equal(ResumeStatus.Parsed, view.Status);
        var profile = view.Profile!;
        Assert.Equal("Grace Hopper", profile.Name);
        Assert.Equal("grace@example.com", profile.Email);
        Assert.Equal("+14155550199", profile.Phone!.E164);
        Assert.Equal(2, profile.Work.Count);
        Assert.Contains(profile.Skills, s => s.Name == "Python" && s.Years >= 8);
        Assert.True(view.FitScore >= 80, $"fit {view.FitScore}");
        Assert.Contains("4 of 4 required skills", view.FitReasons[0]);
        Assert.Contains(view.FitReasons, r => r.StartsWith("EKS") && r.Contains("counts toward Kubernetes"));
        Assert.Contains(view.FitReasons, r => r.Contains("5+ asked"));
    }

    [Fact]
    public async Task Pdf_and_docx_resumes_are_read_too()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var pdf = await app.ApplyWithFileAsync(org, job.Id,
            Requests.ApplicationForm(email: "pdf@example.com", resume: TestFiles.TextPdf(Resumes.Backend), resumeName: "cv.pdf"));
        var docx = await app.ApplyWithFileAsync(org, job.Id,
            Requests.ApplicationForm(email: "docx@example.com", resume: TestFiles.Docx(Resumes.Junior), resumeName: "cv.docx"));

        var fromPdf = await org.WaitForProfileAsync(pdf);
        Assert.True(ResumeStatus.Parsed == fromPdf.Status, fromPdf.Error);
        Assert.Equal("Grace Hopper", fromPdf.Profile!.Name);
        Assert.Contains(fromPdf.Profile.Skills, s => s.Name == "Kafka");
        var fromDocx = await org.WaitForProfileAsync(docx);
        Assert.Equal(ResumeStatus.Parsed, fromDocx.Status);
        Assert.Equal("Katherine Johnson", fromDocx.Profile!.Name);
        Assert.Contains(fromDocx.Profile.Skills, s => s.Name == "Kubernetes");
    }

    [Fact]
    public async Task A_resume_that_cannot_be_read_fails_with_the_reason_and_the_application_stands()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var scanned = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: "scan@example.com", resume: TestFiles.ScannedPdf()));
        var corrupt = await app.ApplyWithFileAsync(org, job.Id,
            Requests.ApplicationForm(email: "corrupt@example.com", resume: "%PDF-1.7\n%garbage that is no PDF at all\n"u8.ToArray()));

        var noText = await org.WaitForProfileAsync(scanned);
        Assert.Equal(ResumeStatus.Failed, noText.Status);
        Assert.Contains("OCR", noText.Error);
        var broken = await org.WaitForProfileAsync(corrupt);
        Assert.Equal(ResumeStatus.Failed, broken.Status);
        Assert.Contains("damaged", broken.Error);
        Assert.Null(broken.FitScore);
        Assert.Equal(HttpStatusCode.OK, (await org.Api.GetAsync($"/api/v1/applications/{corrupt}")).StatusCode);
    }

    [Fact]
    public async Task A_zip_bomb_disguised_as_docx_fails_as_too_large_without_unpacking()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var bomb = TestFiles.DocxBomb(200 * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        var id = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm(email: "bomb@example.com", resume: bomb, resumeName: "cv.docx"));
        var view = await org.WaitForProfileAsync(id);

        Assert.Equal(ResumeStatus.Failed, view.Status);
        Assert.Contains("DOCX", view.Error);
        Assert.True(view.Error!.Contains("zip bomb") || view.Error.Contains("accepted size"), view.Error);
    }

    [Fact]
    public async Task Corrections_change_the_score_and_survive_a_reread()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Junior, "katherine@example.com");
        var before = await org.WaitForProfileAsync(id);
        Assert.Contains("missing Kafka", before.FitReasons[0]);

        var corrected = await (await org.Api.PutJsonAsync($"/api/v1/applications/{id}/profile/corrections", new ProfileCorrection
        {
            Name = "Katherine G. Johnson",
            Skills = ["Python", "PostgreSQL", "k8s", "Kafka"],
        })).ReadAsync<ProfileView>();
        Assert.Equal("Katherine G. Johnson", corrected.Profile!.Name);
        Assert.Contains(corrected.Profile.Skills, s => s.Name == "Kubernetes");
        Assert.Contains("4 of 4 required skills", corrected.FitReasons[0]);
        Assert.True(corrected.FitScore > before.FitScore);

        var reread = await org.Api.PostAsync($"/api/v1/applications/{id}/resume/read", null);
        Assert.Equal(HttpStatusCode.Accepted, reread.StatusCode);
        var after = await org.WaitForProfileAsync(id, p => p.Status == ResumeStatus.Parsed && p.ScoredAt > corrected.ScoredAt);
        Assert.Equal("Katherine G. Johnson", after.Profile!.Name);
        Assert.Equal("Katherine Johnson", after.Parsed!.Name);
        Assert.Equal(corrected.FitScore, after.FitScore);

        var cleared = await (await org.Api.DeleteAsync($"/api/v1/applications/{id}/profile/corrections")).ReadAsync<ProfileView>();
        Assert.Null(cleared.Corrections);
        Assert.Equal(before.FitScore, cleared.FitScore);
    }

    [Fact]
    public async Task Applicants_rank_by_fit_and_filter_by_skills_and_years()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var senior = await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "grace@example.com");
        var frontend = await app.ApplyWithAsync(org, job.Id, Resumes.Frontend, "alan@example.com");
        var junior = await app.ApplyWithAsync(org, job.Id, Resumes.Junior, "katherine@example.com");
        foreach (var id in new[] { senior, frontend, junior }) await org.WaitForProfileAsync(id);

        async Task<List<Guid>> Ids(string query)
        {
            var response = await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.ReadAsync<Page<ApplicationSummary>>()).Items.Select(a => a.Id).ToList();
        }

        Assert.Equal([senior, junior, frontend], await Ids("sort=fit"));
        Assert.Equal([senior], await Ids("sort=fit&must_have=kafka"));
        // EKS experience counts toward Kubernetes; "k8s" is Kubernetes.
        Assert.Equal([senior, junior], await Ids("sort=fit&must_have=k8s"));
        Assert.Equal([senior], await Ids("sort=fit&min_years=python:5"));
        Assert.Equal([senior, junior], await Ids("sort=fit&min_years=python:1&must_have=PostgreSQL"));

        var first = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=fit&limit=2")).ReadAsync<Page<ApplicationSummary>>();
        Assert.Equal([senior, junior], first.Items.Select(a => a.Id));
        Assert.Equal([frontend], await Ids($"sort=fit&limit=2&cursor={first.NextCursor}"));

        var bad = await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=best&min_years=python");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.ReadAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Contains("sort", problem.Errors.Keys);
        Assert.Contains("min_years", problem.Errors.Keys);
    }

    [Fact]
    public async Task Changing_what_the_job_asks_for_scores_its_applicants_again()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Frontend, "alan@example.com");
        var before = await org.WaitForProfileAsync(id);

        var edited = Resumes.BackendJob() with { RequiredSkills = ["React", "TypeScript"], PreferredSkills = [], MinYearsExperience = 2 };
        (await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", edited)).EnsureSuccessStatusCode();

        var after = await org.WaitForProfileAsync(id, p => p.ScoredAt > before.ScoredAt);
        Assert.True(after.FitScore > before.FitScore, $"{before.FitScore} → {after.FitScore}");
        Assert.Contains("2 of 2 required skills", after.FitReasons[0]);
    }

    [Fact]
    public async Task A_profile_exports_as_json_resume_and_json_resume_imports_as_a_scored_candidate()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "grace@example.com");
        await org.WaitForProfileAsync(id);

        var export = await org.Api.GetAsync($"/api/v1/applications/{id}/profile/json-resume");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var document = await export.Content.ReadAsStringAsync();
        JsonResumeSchema.AssertValid(document);
        Assert.Contains("\"startDate\": \"2018-01\"", document);

        var other = await org.CreatePublishedJobAsync(Resumes.BackendJob("Platform Engineer"));
        var imported = await org.Api.PostAsync($"/api/v1/jobs/{other.Id}/applications/import", new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var receipt = await imported.ReadAsync<ApplicationsApi.ApplicationReceipt>();
        var view = await (await org.Api.GetAsync($"/api/v1/applications/{receipt.Id}/profile")).ReadAsync<ProfileView>();
        Assert.Equal(ResumeStatus.Parsed, view.Status);
        Assert.Contains("4 of 4 required skills", view.FitReasons[0]);
        var summary = (await (await org.Api.GetAsync($"/api/v1/jobs/{other.Id}/applications")).ReadAsync<Page<ApplicationSummary>>()).Items.Single();
        Assert.Equal(ApplicationSource.Import, summary.Source);
        Assert.Equal("grace@example.com", summary.Candidate.Email);

        var again = await org.Api.PostAsync($"/api/v1/jobs/{other.Id}/applications/import", new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("[1, 2]", HttpStatusCode.BadRequest)]
    [InlineData("""{"basics": {"name": "No Email"}}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"basics": {"email": "nobody@example.com"}}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"basics": {"name": "X", "email": "not-an-email"}}""", HttpStatusCode.UnprocessableEntity)]
    public async Task Importing_a_bad_document_is_refused_and_stores_nothing(string body, HttpStatusCode expected)
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());

        var response = await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/applications/import", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty((await (await org.Api.GetAsync("/api/v1/candidates")).ReadAsync<Page<OpenHire.Features.Candidates.CandidatesApi.CandidateResponse>>()).Items);
    }

    [Fact]
    public async Task A_huge_import_is_refused_with_413()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var huge = $$$"""{"basics": {"name": "X", "email": "x@example.com", "summary": "{{{new string('a', 2 * 1024 * 1024)}}}"}}""";

        var response = await org.Api.PostAsync($"/api/v1/jobs/{job.Id}/applications/import", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Another_organization_cannot_read_correct_reread_export_or_import_into_ours()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var job = await ours.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await app.ApplyWithAsync(ours, job.Id, Resumes.Backend, "grace@example.com");
        await ours.WaitForProfileAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.GetAsync($"/api/v1/applications/{id}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.GetAsync($"/api/v1/applications/{id}/profile/json-resume")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.PutJsonAsync($"/api/v1/applications/{id}/profile/corrections", new ProfileCorrection { Name = "Mallory" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.DeleteAsync($"/api/v1/applications/{id}/profile/corrections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.PostAsync($"/api/v1/applications/{id}/resume/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=fit&must_have=python")).StatusCode);
        var import = await theirs.Api.PostAsync($"/api/v1/jobs/{job.Id}/applications/import",
            new StringContent("""{"basics": {"name": "Mallory", "email": "m@example.com"}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, import.StatusCode);
        Assert.Equal("Grace Hopper", (await ours.WaitForProfileAsync(id)).Profile!.Name);
    }
}
