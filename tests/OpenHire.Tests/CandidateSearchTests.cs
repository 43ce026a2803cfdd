using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Data;
using OpenHire.Features.Jobs;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Search;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class CandidateSearchSqliteTests(SqliteApp app) : CandidateSearchTests(app), IClassFixture<SqliteApp>;
public sealed class CandidateSearchPostgresTests(PostgresApp app) : CandidateSearchTests(app), IClassFixture<PostgresApp>;

/// <summary>Organization-wide candidate search: words, filters, grouping, paging, tenancy, hostile input, the workspace page.</summary>
public abstract class CandidateSearchTests(AppFixture app)
{
    /// <summary>Three applicants to one backend job: Grace (Kafka, Python since 2014, San Francisco), Alan (frontend), Katherine (junior backend).</summary>
    async Task<(TestOrganization Org, JobResponse Job, Guid Grace, Guid Alan, Guid Katherine)> ThreeApplicantsAsync()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var grace = await ApplyAsync(org, job.Id, Resumes.Backend, "grace@example.com", "Grace Hopper", "San Francisco, CA", "I debugged the first moth.");
        var alan = await ApplyAsync(org, job.Id, Resumes.Frontend, "alan@example.com", "Alan Turing", "Oakland, CA", "Happy to learn the backend.");
        var katherine = await ApplyAsync(org, job.Id, Resumes.Junior, "katherine@example.com", "Katherine Johnson", "San Jose, CA", "Orbital mechanics enthusiast.");
        foreach (var id in new[] { grace, alan, katherine }) await org.WaitForProfileAsync(id);
        return (org, job, grace, alan, katherine);
    }

    async Task<Guid> ApplyAsync(TestOrganization org, Guid jobId, string resume, string email, string name, string location, string coverLetter = "Hello.")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new StringContent(email), "email" },
            { new StringContent(location), "location" },
            { new StringContent("true"), "consent" },
            { new StringContent(coverLetter), "cover_letter_text" },
            { Requests.File(Resumes.Text(resume), "text/plain"), "resume", "resume.txt" },
        };
        return await app.ApplyWithFileAsync(org, jobId, form);
    }

    static async Task<Page<CandidateMatch>> SearchAsync(TestOrganization org, string query)
    {
        var response = await org.Api.GetAsync($"/api/v1/candidates/search?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<Page<CandidateMatch>>();
    }

    static async Task<List<string?>> EmailsAsync(TestOrganization org, string query) =>
        [.. (await SearchAsync(org, query)).Items.Select(c => c.Email)];

    static async Task<List<string>> NamesAsync(TestOrganization org, string query) =>
        [.. (await SearchAsync(org, query)).Items.Select(c => c.Name)];

    static async Task BlindReviewOnAsync(TestOrganization org) =>
        (await org.Api.PatchAsync("/api/v1/organization",
            new StringContent("""{"blind_review": true}""", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

    static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    static IEnumerable<string> Highlighted(Snippet snippet) => snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length));

    [Fact]
    public async Task Words_find_candidates_in_resumes_cover_letters_names_and_titles_with_the_words_highlighted()
    {
        var (org, _, grace, _, _) = await ThreeApplicantsAsync();

        var kafka = (await SearchAsync(org, Q("kafka"))).Items.Single();
        Assert.Equal("Grace Hopper", kafka.Name);
        var application = Assert.Single(kafka.Applications);
        Assert.Equal(grace, application.Id);
        Assert.Equal("Backend Engineer", application.JobTitle);
        Assert.StartsWith("Senior Backend Engineer", application.CurrentTitle);
        Assert.Contains("Kafka", Highlighted(application.Snippet!), StringComparer.OrdinalIgnoreCase);

        Assert.Equal(["grace@example.com"], await EmailsAsync(org, Q("moth")));                 // cover letter
        Assert.Equal(["alan@example.com"], await EmailsAsync(org, Q("turing")));                // name
        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, Q("orbital mechanics"))); // cover letter, stemmed
        Assert.Equal(3, (await EmailsAsync(org, Q("backend engineer"))).Count);                 // the job's title
        Assert.Empty(await EmailsAsync(org, Q("cobol")));
    }

    [Fact]
    public async Task Phrases_alternatives_exclusions_and_prefixes_narrow_the_words()
    {
        var (org, _, _, _, _) = await ThreeApplicantsAsync();

        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, Q("\"pied piper\"")));
        Assert.Empty(await EmailsAsync(org, Q("\"piper pied\"")));
        Assert.Equal(["katherine@example.com", "grace@example.com"], await EmailsAsync(org, Q("kafka OR kubernetes")));
        Assert.Equal(["katherine@example.com", "alan@example.com"], await EmailsAsync(org, Q("engineer -kafka")));
        var prefix = await EmailsAsync(org, Q("typescr*"));
        if (app.Provider == DatabaseProvider.Sqlite) Assert.Equal(["alan@example.com"], prefix);
    }

    [Fact]
    public async Task Filters_narrow_by_skill_years_title_location_job_date_and_resume_status()
    {
        var (org, job, _, _, _) = await ThreeApplicantsAsync();
        var platform = await org.CreatePublishedJobAsync(Resumes.BackendJob("Platform Engineer"));
        var scanned = await app.ApplyWithFileAsync(org, platform.Id, Requests.ApplicationForm(email: "scan@example.com", name: "Scanned Person", resume: TestFiles.ScannedPdf()));
        await org.WaitForProfileAsync(scanned);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

        Assert.Equal(["grace@example.com"], await EmailsAsync(org, "skill=python:5"));
        Assert.Equal(["katherine@example.com", "grace@example.com"], await EmailsAsync(org, "skill=python:1"));
        // Through the taxonomy: k8s is Kubernetes, and Grace's EKS counts toward it.
        Assert.Equal(["katherine@example.com", "grace@example.com"], await EmailsAsync(org, "skill=k8s"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, "skill=k8s&skill=kafka:2"));
        Assert.Equal(["alan@example.com"], await EmailsAsync(org, "title=FRONTEND"));                  // current title
        Assert.Equal(["scan@example.com"], await EmailsAsync(org, "title=platform"));                  // the job's title
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, "location=francisco"));
        Assert.Equal(["scan@example.com", "alan@example.com"], await EmailsAsync(org, "location=OAK"));
        Assert.Equal(["scan@example.com"], await EmailsAsync(org, $"job_id={platform.Id}"));
        Assert.Equal(3, (await EmailsAsync(org, $"job_id={job.Id}")).Count);
        Assert.Equal(4, (await EmailsAsync(org, $"applied_from={today}&applied_to={today}")).Count);
        Assert.Empty(await EmailsAsync(org, $"applied_to={yesterday}"));
        Assert.Equal(["scan@example.com"], await EmailsAsync(org, "resume_status=failed"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, $"{Q("python")}&location=san&skill=kafka&resume_status=parsed&applied_from={today}"));
    }

    [Fact]
    public async Task A_candidate_is_one_result_with_the_applications_that_matched_newest_first()
    {
        var (org, job, grace, _, _) = await ThreeApplicantsAsync();
        var platform = await org.CreatePublishedJobAsync(Resumes.BackendJob("Platform Engineer"));
        var again = await ApplyAsync(org, platform.Id, Resumes.Backend, "grace@example.com", "Grace Hopper", "San Francisco, CA");
        await org.WaitForProfileAsync(again);

        var both = (await SearchAsync(org, Q("kafka"))).Items.Single();
        Assert.Equal([again, grace], both.Applications.Select(a => a.Id));
        Assert.All(both.Applications, a => Assert.NotNull(a.Snippet));
        var one = (await SearchAsync(org, $"{Q("kafka")}&job_id={job.Id}")).Items.Single();
        Assert.Equal([grace], one.Applications.Select(a => a.Id));
        // Newest first is by a candidate's latest matching application: Grace applied last.
        Assert.Equal("grace@example.com", (await EmailsAsync(org, "location=ca"))[0]);
    }

    [Theory]
    [InlineData("q=engineer")]
    [InlineData("q=engineer&sort=relevance")]
    [InlineData("location=ca")]
    public async Task Pages_follow_the_cursor_to_the_end_without_repeats(string query)
    {
        var (org, _, _, _, _) = await ThreeApplicantsAsync();

        var first = await SearchAsync(org, $"{query}&limit=2");
        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.NextCursor);
        var second = await SearchAsync(org, $"{query}&limit=2&cursor={Uri.EscapeDataString(first.NextCursor)}");
        Assert.Null(second.NextCursor);
        Assert.Equal(
            ["alan@example.com", "grace@example.com", "katherine@example.com"],
            first.Items.Concat(second.Items).Select(c => c.Email).Order());
    }

    [Fact]
    public async Task Relevance_puts_the_best_match_first_where_newest_puts_the_latest()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var specialist = await ApplyAsync(org, job.Id, """
            Kafka Engineer, Confluent | Jan 2019 - Present
            - Kafka clusters, Kafka Streams and Kafka Connect.
            SKILLS
            Kafka, Java
            """, "kafka@example.com", "Franz Kafka", "Prague");
        var mention = await ApplyAsync(org, job.Id, Resumes.Junior + "\nOnce read about Kafka.", "mention@example.com", "Mentions Once", "Oslo");
        foreach (var id in new[] { specialist, mention }) await org.WaitForProfileAsync(id);

        Assert.Equal(["mention@example.com", "kafka@example.com"], await EmailsAsync(org, Q("kafka")));
        Assert.Equal(["kafka@example.com", "mention@example.com"], await EmailsAsync(org, Q("kafka") + "&sort=relevance"));
    }

    [Fact]
    public async Task Another_organizations_candidates_never_appear()
    {
        var (ours, _, _, _, _) = await ThreeApplicantsAsync();
        var (theirs, _, _, _, _) = await ThreeApplicantsAsync();
        var theirIds = (await SearchAsync(theirs, "location=ca")).Items.Select(c => c.Id).ToHashSet();

        foreach (var query in new[] { Q("kafka"), Q("engineer") + "&sort=relevance", "location=ca", "skill=python", "title=engineer", "" })
        {
            var found = (await SearchAsync(ours, query)).Items;
            Assert.NotEmpty(found);
            Assert.DoesNotContain(found, c => theirIds.Contains(c.Id));
        }
        var job = (await (await ours.Api.GetAsync("/api/v1/jobs")).ReadAsync<Page<JobResponse>>()).Items.Single();
        Assert.Empty((await SearchAsync(theirs, $"job_id={job.Id}")).Items);
    }

    [Fact]
    public async Task Renaming_a_job_and_correcting_a_profile_change_what_search_finds()
    {
        var (org, job, _, _, katherine) = await ThreeApplicantsAsync();

        (await org.Api.PutJsonAsync($"/api/v1/jobs/{job.Id}", Resumes.BackendJob("Streaming Wizard"))).EnsureSuccessStatusCode();
        Assert.Equal(3, (await EmailsAsync(org, Q("wizard"))).Count);
        Assert.Equal(3, (await EmailsAsync(org, "title=wizard")).Count);
        Assert.Empty(await EmailsAsync(org, Q("backend") + "&title=backend&skill=css"));

        (await org.Api.PutJsonAsync($"/api/v1/applications/{katherine}/profile/corrections", new ProfileCorrection
        {
            Work = [new WorkEntry("NASA", "Orbital Analyst", null, null, IsCurrent: true)],
        })).EnsureSuccessStatusCode();
        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, "title=orbital analyst"));
        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, Q("analyst")));
    }

    [Fact]
    public async Task Hostile_text_is_searched_as_words_and_never_fails()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var bobby = await ApplyAsync(org, job.Id, Resumes.Backend + "\nRobert'); DROP TABLE \"Applications\";-- NEAR(kafka) name:robert",
            "bobby@example.com", "Bobby Tables", "Oakland");
        await org.WaitForProfileAsync(bobby);
        string[] hostile =
        [
            "\"unbalanced", "unbalanced\"", "\"\"", "\"", "NEAR(", "NEAR(kafka python, 2)", "kafka NEAR python", "*", "**", "kaf*ka",
            "name:", "name:robert", "{name title}: kafka", "ResumeText:kafka", "^kafka", "kafka +python", "(kafka", "kafka)", "()",
            "AND", "OR", "NOT", "kafka AND", "OR kafka", "kafka NOT", "kafka OR -python", "- kafka", "--", "-",
            "'; DROP TABLE \"Applications\";--", "robert'); drop table", "1=1 OR 'a'='a'", "\\", "%", "_", "kafka\u0000", "\u0002kafka\u0003",
            "zażółć gęślą jaźń", "Ærøskøbing", "🚀 kafka", "日本語", new string('a', 200), string.Join(' ', Enumerable.Repeat("kafka", 33)),
        ];

        foreach (var text in hostile)
        {
            foreach (var sort in new[] { "newest", "relevance" })
            {
                var response = await org.Api.GetAsync($"/api/v1/candidates/search?{Q(text)}&sort={sort}");
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                    $"{text} ({sort}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.Equal(["bobby@example.com"], await EmailsAsync(org, Q("'); DROP TABLE \"Applications\";--")));
        Assert.Equal(["bobby@example.com"], await EmailsAsync(org, Q("NEAR(kafka)")));
        Assert.Equal(["bobby@example.com"], await EmailsAsync(org, Q("name:robert")));
        Assert.Equal(["bobby@example.com"], await EmailsAsync(org, "location=" + Uri.EscapeDataString("oak\0") + "&title=" + Uri.EscapeDataString("engineer\u0001")));
        Assert.Equal(HttpStatusCode.OK, (await org.Api.GetAsync($"/api/v1/applications/{bobby}")).StatusCode);
    }

    [Theory]
    [InlineData("q=", "")]
    [InlineData("q=*", "")]
    [InlineData("q=%22%22", "")]
    [InlineData("q=-kafka", "q")]
    [InlineData("q=-kafka%20-python", "q")]
    [InlineData("skill=python:many", "skill")]
    [InlineData("skill=python:99", "skill")]
    [InlineData("skill=:5", "skill")]
    [InlineData("job_id=not-a-guid", "job_id")]
    [InlineData("applied_from=28/11/2026", "applied_from")]
    [InlineData("applied_from=2026-11-28&applied_to=2026-11-01", "applied_to")]
    [InlineData("resume_status=great", "resume_status")]
    [InlineData("sort=best", "sort")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("q=kafka&cursor=nonsense", "cursor")]
    [InlineData("q=kafka&sort=relevance&cursor=12", "cursor")]
    [InlineData("cursor=12", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task Bad_input_is_a_validation_problem(string query, string field)
    {
        var org = await app.CreateOrganizationAsync();

        var response = await org.Api.GetAsync($"/api/v1/candidates/search?{query}");

        if (field.Length == 0)
        {
            // Nothing to look for is no filter at all.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(field, (await response.ReadAsync<ValidationProblemDetails>()).Errors.Keys);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(10_000)]
    public async Task Very_long_words_are_refused_with_400(int length)
    {
        var org = await app.CreateOrganizationAsync();

        var response = await org.Api.GetAsync($"/api/v1/candidates/search?{Q(string.Join(' ', Enumerable.Repeat("kafka", length / 6 + 1))[..length])}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("q", (await response.ReadAsync<ValidationProblemDetails>()).Errors.Keys);
    }

    [Fact]
    public async Task The_candidates_page_searches_with_labelled_filters_and_shows_escaped_snippets_with_marks()
    {
        var org = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var id = await ApplyAsync(org, job.Id, Resumes.Backend + "\nKafka <img src=x onerror=alert(1)> Kafka <script>alert(2)</script> Kafka",
            "grace@example.com", "Grace <b>Hopper</b>", "San Francisco, CA");
        await org.WaitForProfileAsync(id);
        var browser = await SignedInAsync(org);

        var page = await browser.GetPageAsync("/staff/candidates?q=kafka&skill=python%3A5&location=francisco");

        var form = page.QuerySelector("form[role=search]")!;
        foreach (var field in form.QuerySelectorAll("input, select"))
            Assert.NotNull(form.QuerySelector($"label[for='{field.Id}']"));
        Assert.Equal("kafka", ((IHtmlInputElement)form.QuerySelector("#q")!).Value);
        var results = page.QuerySelector("table")!;
        Assert.Contains("Grace <b>Hopper</b>", results.TextContent);
        Assert.Empty(results.QuerySelectorAll("b, img, script"));
        var marks = results.QuerySelectorAll("mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marks, m => m.Equals("kafka", StringComparison.OrdinalIgnoreCase));
        // SQLite's snippet keeps the text as written (PostgreSQL's parser drops tags): shown as text, never as HTML.
        if (app.Provider == DatabaseProvider.Sqlite) Assert.Contains("<img src=x onerror=alert(1)>", results.QuerySelector(".snippet")!.TextContent);
        Assert.NotNull(results.QuerySelector($"a[href='/staff/applications/{id}']"));

        var bad = await browser.GetPageAsync("/staff/candidates?q=" + new string('x', 300) + "&skill=python:lots");
        Assert.NotNull(bad.QuerySelector("#q-error"));
        Assert.NotNull(bad.QuerySelector("#skill-error"));
        Assert.DoesNotContain("Hopper", (await (await SignedInAsync(other)).GetPageAsync("/staff/candidates?q=kafka")).Body!.TextContent);
    }

    [Fact]
    public async Task Stage_and_status_filter_on_the_current_stage_by_name_or_id_with_words_and_dates()
    {
        var (org, job, grace, alan, _) = await ThreeApplicantsAsync();
        var stages = (await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/pipeline")).ReadAsync<JobPipeline>()).Stages.ToDictionary(s => s.Name, s => s.Id);
        (await org.Api.PostJsonAsync($"/api/v1/applications/{grace}/move", new MoveRequest(stages["Onsite"]))).EnsureSuccessStatusCode();
        var reason = (await (await org.Api.GetAsync("/api/v1/rejection-reasons?kind=rejected")).ReadAsync<List<ReasonResponse>>())[0].Id;
        (await org.Api.PostJsonAsync($"/api/v1/applications/{alan}/reject", new OutcomeRequest(reason))).EnsureSuccessStatusCode();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

        Assert.Equal(["grace@example.com"], await EmailsAsync(org, "stage=Onsite"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, "stage=ONSITE"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, $"stage={stages["Onsite"]}"));
        Assert.Equal(["katherine@example.com", "alan@example.com"], await EmailsAsync(org, "stage=applied"));
        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, "stage=applied&status=active"));
        Assert.Equal(["alan@example.com"], await EmailsAsync(org, "status=rejected"));
        Assert.Empty(await EmailsAsync(org, "status=withdrawn"));
        Assert.Empty(await EmailsAsync(org, "stage=hired"));
        // With words (on SQLite, the full-text path checks the same filters on each hit) and dates.
        Assert.Equal(["katherine@example.com"], await EmailsAsync(org, $"{Q("engineer")}&stage=applied&status=active"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, $"{Q("kafka")}&stage=onsite&applied_from={today}&applied_to={today}"));
        Assert.Empty(await EmailsAsync(org, $"{Q("kafka")}&stage=applied"));
        Assert.Empty(await EmailsAsync(org, $"stage=onsite&applied_to={yesterday}"));
        Assert.Equal(["grace@example.com"], await EmailsAsync(org, $"{Q("kafka")}&sort=relevance&stage=onsite"));
        Assert.Empty(await EmailsAsync(org, $"{Q("kafka")}&sort=relevance&status=rejected"));

        var bad = await org.Api.GetAsync("/api/v1/candidates/search?status=hired");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("status", (await bad.ReadAsync<ValidationProblemDetails>()).Errors.Keys);
    }

    [Fact]
    public async Task Under_blind_review_results_show_the_alias_and_redacted_snippets_and_identity_finds_no_one()
    {
        var (org, _, grace, _, _) = await ThreeApplicantsAsync();
        await BlindReviewOnAsync(org);

        foreach (var sort in new[] { "newest", "relevance" })
        {
            var found = (await SearchAsync(org, $"{Q("kafka")}&sort={sort}")).Items.Single();
            Assert.True(found.Hidden);
            Assert.Matches("^Candidate [0-9A-F]{6}$", found.Name);
            Assert.Null(found.Email);
            Assert.Null(found.Location);
            var snippet = found.Applications.Single().Snippet!;
            Assert.Contains("Kafka", Highlighted(snippet), StringComparer.OrdinalIgnoreCase);
            foreach (var identity in new[] { "Grace", "Hopper", "grace@", "example.com", "555", "0199", "linkedin" })
                Assert.DoesNotContain(identity, snippet.Text, StringComparison.OrdinalIgnoreCase);
            // Name, email and phone are in the index, but finding someone by them would say who they are.
            foreach (var identity in new[] { "hopper", "grace", "grace@example.com", "example", "\"555-0199\"", "0199", "gracehopper", "turing", "katherine johnson" })
                Assert.Empty(await EmailsAsync(org, $"{Q(identity)}&sort={sort}"));
        }
        Assert.Equal(["Candidate"], (await NamesAsync(org, Q("moth"))).Select(n => n.Split(' ')[0]));   // cover letter words still find her
        Assert.Empty(await EmailsAsync(org, "location=francisco"));                                   // where she lives is hidden too
        // A page is topped up past the hits it had to hide: Katherine (newest) is found only by her name.
        var page = await SearchAsync(org, Q("katherine OR kafka") + "&limit=1");
        Assert.Equal(BlindReviewAlias(page.Items.Single().Id), page.Items.Single().Name);
        Assert.Contains("Kafka", Highlighted(page.Items.Single().Applications.Single().Snippet!), StringComparer.OrdinalIgnoreCase);

        (await org.Api.PostAsync($"/api/v1/applications/{grace}/reveal", null)).EnsureSuccessStatusCode();
        var revealed = (await SearchAsync(org, Q("hopper"))).Items.Single();
        Assert.Equal(("Grace Hopper", "grace@example.com", false), (revealed.Name, revealed.Email, revealed.Hidden));
        Assert.Empty(await EmailsAsync(org, Q("turing")));
    }

    static string BlindReviewAlias(Guid candidateId) => OpenHire.Features.Fairness.BlindReview.Alias(candidateId);

    [Fact]
    public async Task The_candidates_page_under_blind_review_shows_aliases_and_finds_no_one_by_name()
    {
        var (org, _, _, _, _) = await ThreeApplicantsAsync();
        await BlindReviewOnAsync(org);
        var browser = await SignedInAsync(org);

        var page = await browser.GetPageAsync("/staff/candidates?q=kafka");
        var results = page.QuerySelector("table")!.TextContent;
        Assert.Matches("Candidate [0-9A-F]{6}", results);
        Assert.Contains("Hidden (blind review)", results);
        foreach (var identity in new[] { "Grace", "Hopper", "grace@example.com", "555", "San Francisco" })
            Assert.DoesNotContain(identity, results, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(page.QuerySelectorAll("table mark"));

        var byName = await browser.GetPageAsync("/staff/candidates?q=hopper");
        Assert.Contains("No candidates match", byName.Body!.TextContent);
        Assert.DoesNotContain("Hopper", byName.Body!.TextContent);
        var stage = await browser.GetPageAsync("/staff/candidates?stage=Applied&q=python");
        Assert.Equal(2, stage.QuerySelectorAll("table tbody tr").Length);
        Assert.NotNull(stage.QuerySelector("label[for='stage']"));
        Assert.NotNull(stage.QuerySelector("label[for='status']"));
    }

    async Task<HttpClient> SignedInAsync(TestOrganization org)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.AdminEmail,
            ["Input.Password"] = TestOrganization.Password,
        });
        Assert.Equal("/staff", response.RequestMessage!.RequestUri!.AbsolutePath);
        return browser;
    }
}
