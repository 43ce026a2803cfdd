using System.Net;
using System.Net.Http.Json;
using System.Text;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Candidates.Duplicates;
using OpenHire.Features.Candidates.Notes;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class CandidateWorkspaceSqliteTests(SqliteApp app) : CandidateWorkspaceTests(app), IClassFixture<SqliteApp>;
public sealed class CandidateWorkspacePostgresTests(PostgresApp app) : CandidateWorkspaceTests(app), IClassFixture<PostgresApp>;

/// <summary>The candidate page's API: all applications with stage and fit, notes with @mentions, tags, duplicates and merging, the job list's filters and bulk actions.</summary>
public abstract class CandidateWorkspaceTests(AppFixture app)
{
    [Fact]
    public async Task A_candidate_shows_every_application_with_stage_and_fit_and_one_timeline()
    {
        var org = await app.CreateOrganizationAsync();
        var (first, second) = (await org.CreatePublishedJobAsync(Jobs.Minimal("First")), await org.CreatePublishedJobAsync(Jobs.Minimal("Second")));
        var a1 = await ApplyAsync(org, first.Id, "ada@example.com");
        var a2 = await ApplyAsync(org, second.Id, "ada@example.com");
        var screen = (await PipelineAsync(org, second.Id)).Stages[1];
        (await org.Api.PostJsonAsync($"/api/v1/applications/{a2}/move", new MoveRequest(screen.Id))).EnsureSuccessStatusCode();

        var candidate = await CandidateOfAsync(org, a1);

        Assert.Equal("Ada Lovelace", candidate.Name);
        Assert.Equal([("Second", "Screen"), ("First", "Applied")], candidate.Applications.Select(a => (a.JobTitle, a.Stage.Name)));
        Assert.Empty(candidate.PossibleDuplicates);
        var timeline = await (await org.Api.GetAsync($"/api/v1/candidates/{candidate.Id}/timeline")).ReadAsync<List<CandidateTimelineEntry>>();
        Assert.Equal([(a2, ApplicationEventKind.Moved), (a2, ApplicationEventKind.Applied), (a1, ApplicationEventKind.Applied)],
            timeline.Where(e => e.Entry.Kind != ApplicationEventKind.Emailed).Select(e => (e.ApplicationId, e.Entry.Kind)));
    }

    [Fact]
    public async Task A_note_mentions_a_team_member_who_is_emailed_and_sees_it_in_their_mentions()
    {
        var org = await app.CreateOrganizationAsync();
        var grace = await AddMemberAsync(org, "Grace Hopper", "grace@" + org.Slug + ".example.com");
        var job = await org.CreatePublishedJobAsync();
        var candidate = await CandidateOfAsync(org, await ApplyAsync(org, job.Id, "ada@example.com"));

        var added = await org.Api.PostJsonAsync($"/api/v1/candidates/{candidate.Id}/notes",
            new NoteInput("@grace can you take the screen? Mail ada@example.com, cc @nobody."));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var note = await added.ReadAsync<NoteView>();
        Assert.Equal(grace, Assert.Single(note.Mentions).UserId);
        Assert.Equal(["@grace", " can you take the screen? Mail ada@example.com, cc @nobody."], note.Segments.Select(s => s.Text));
        Assert.True(note.Mine);
        var mentions = await (await org.Api.GetAsync($"/api/v1/mentions?user_id={grace}")).ReadAsync<Page<MentionView>>();
        Assert.Equal((note.Id, candidate.Id, "Ada Lovelace"), (Assert.Single(mentions.Items).NoteId, mentions.Items[0].CandidateId, mentions.Items[0].CandidateName));
        var emails = await app.WaitForOutboxAsync(all => all.Any(e => e.ToAddress == $"grace@{org.Slug}.example.com"));
        Assert.Contains("mentioned you", emails.Single(e => e.ToAddress == $"grace@{org.Slug}.example.com").Subject);

        // Editing keeps the mention and mails nobody twice; a new mention is mailed.
        var edited = await org.Api.PatchAsync($"/api/v1/notes/{note.Id}", JsonContent.Create(new NoteInput("@grace and @admin, please"), options: Requests.Json));
        Assert.Equal(2, (await edited.ReadAsync<NoteView>()).Mentions.Count);
        Assert.NotNull((await (await org.Api.GetAsync($"/api/v1/candidates/{candidate.Id}/notes")).ReadAsync<List<NoteView>>())[0].EditedAt);
        emails = await app.WaitForOutboxAsync(all => all.Any(e => e.ToAddress == org.AdminEmail && e.Subject.Contains("mentioned")));
        Assert.Single(emails, e => e.ToAddress == $"grace@{org.Slug}.example.com");
    }

    [Fact]
    public async Task Only_the_author_changes_or_deletes_a_note()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var candidate = await CandidateOfAsync(org, await ApplyAsync(org, job.Id, "ada@example.com"));
        var note = await (await org.Api.PostJsonAsync($"/api/v1/candidates/{candidate.Id}/notes", new NoteInput("Strong on Kafka"))).ReadAsync<NoteView>();
        var other = await OtherKeyAsync(org);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PatchAsync($"/api/v1/notes/{note.Id}", JsonContent.Create(new NoteInput("Mine now"), options: Requests.Json))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.DeleteAsync($"/api/v1/notes/{note.Id}")).StatusCode);
        Assert.False((await (await other.GetAsync($"/api/v1/candidates/{candidate.Id}/notes")).ReadAsync<List<NoteView>>())[0].Mine);
        Assert.Equal("Strong on Kafka", (await NotesAsync(org, candidate.Id))[0].Body);

        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync($"/api/v1/candidates/{candidate.Id}/notes", new NoteInput("  "))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await org.Api.DeleteAsync($"/api/v1/notes/{note.Id}")).StatusCode);
        Assert.Empty(await NotesAsync(org, candidate.Id));
    }

    [Theory]
    [InlineData("@ada, look", new[] { "@ada", ", look" })]
    [InlineData("mail ada@example.com", new[] { "mail ada@example.com" })]
    [InlineData("(@AdaLovelace)", new[] { "(", "@AdaLovelace", ")" })]
    [InlineData("@ad @ada.", new[] { "@ad ", "@ada", "." })]
    [InlineData("@sam is two people", new[] { "@sam is two people" })]
    public void Mentions_resolve_handles_of_team_members_and_leave_the_rest_as_text(string body, string[] segments)
    {
        TeamMember[] team =
        [
            new(Guid.NewGuid(), "Ada Lovelace", "ada@example.com"),
            new(Guid.NewGuid(), "Sam One", "sam@example.com"),
            new(Guid.NewGuid(), "Sam", "sam.two@example.com"),
        ];

        var split = Mentions.Split(body, team);

        Assert.Equal(segments, split.Select(s => s.Text));
        Assert.Equal(string.Concat(segments), body);
        Assert.All(split.Where(s => s.MentionedUserId is not null), s => Assert.Equal(team[0].UserId, s.MentionedUserId));
        Assert.Equal(segments.Count(s => s.StartsWith("@ada", StringComparison.OrdinalIgnoreCase)), split.Count(s => s.MentionedUserId is not null));
    }

    [Fact]
    public async Task Tags_belong_to_the_organization_and_filter_candidates_and_applicants()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ada = await CandidateOfAsync(org, await ApplyAsync(org, job.Id, "ada@example.com", phone: "+44 20 7946 0001"));
        await ApplyAsync(org, job.Id, "grace@example.com", "Grace Hopper", phone: "+44 20 7946 0002");

        (await org.Api.PostJsonAsync($"/api/v1/candidates/{ada.Id}/tags", new TagInput("Referral"))).EnsureSuccessStatusCode();
        var tags = await (await org.Api.PostJsonAsync($"/api/v1/candidates/{ada.Id}/tags", new TagInput(" referral "))).ReadAsync<List<TagRef>>();

        var tag = Assert.Single(tags);
        Assert.Equal("Referral", tag.Name);
        Assert.Equal(1, Assert.Single(await (await org.Api.GetAsync("/api/v1/tags")).ReadAsync<List<TagSummary>>()).Candidates);
        Assert.Equal(["Ada Lovelace"], (await CandidatesAsync(org, "?tag=REFERRAL")).Select(c => c.Name));
        Assert.Equal(["Ada Lovelace"], (await ApplicantsAsync(org, job.Id, "tag=referral")).Select(a => a.Candidate.Name));
        Assert.Empty(await ApplicantsAsync(org, job.Id, "tag=referral&tag=unknown"));
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync($"/api/v1/candidates/{ada.Id}/tags", new TagInput(new string('x', 51)))).StatusCode);

        Assert.Empty(await (await org.Api.DeleteAsync($"/api/v1/candidates/{ada.Id}/tags/{tag.Id}")).ReadAsync<List<TagRef>>());
        Assert.Empty(await ApplicantsAsync(org, job.Id, "tag=referral"));
    }

    [Fact]
    public async Task The_applicant_list_filters_by_source_and_date_and_sorts_by_name_date_and_fit()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        foreach (var (name, i) in new[] { "Cy Young", "Ada Lovelace", "Bob Moog" }.Select((n, i) => (n, i)))
            await ApplyAsync(org, job.Id, $"p{i}@example.com", name, phone: $"+44 20 7946 010{i}");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        Assert.Equal(["Ada Lovelace", "Bob Moog", "Cy Young"], (await ApplicantsAsync(org, job.Id, "sort=name")).Select(a => a.Candidate.Name));
        var firstPage = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=name&limit=2")).ReadAsync<Page<ApplicationSummary>>();
        var rest = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=name&limit=2&cursor={Uri.EscapeDataString(firstPage.NextCursor!)}")).ReadAsync<Page<ApplicationSummary>>();
        Assert.Equal(["Cy Young"], rest.Items.Select(a => a.Candidate.Name));
        Assert.Equal(["Cy Young", "Ada Lovelace", "Bob Moog"], (await ApplicantsAsync(org, job.Id, "sort=oldest")).Select(a => a.Candidate.Name));
        Assert.Equal(["Bob Moog", "Ada Lovelace", "Cy Young"], (await ApplicantsAsync(org, job.Id, "sort=newest")).Select(a => a.Candidate.Name));
        Assert.Equal(3, (await ApplicantsAsync(org, job.Id, $"applied_from={today}&applied_to={today}&source=careers")).Count);
        Assert.Empty(await ApplicantsAsync(org, job.Id, $"applied_from={tomorrow}"));
        Assert.Empty(await ApplicantsAsync(org, job.Id, "source=import"));
        var bad = await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?applied_from=yesterday&source=fax&applied_to=2000-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("applied_from", problem);
        Assert.Contains("source", problem);
    }

    [Fact]
    public async Task Bulk_moves_and_rejections_report_each_application_left_as_it_was_and_record_each_change()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await ApplyAsync(org, job.Id, $"p{i}@example.com", $"Person {i}", phone: $"+44 20 7946 020{i}"));
        var stages = (await PipelineAsync(org, job.Id)).Stages;
        var reason = (await (await org.Api.GetAsync("/api/v1/rejection-reasons?kind=rejected")).ReadAsync<List<ReasonResponse>>())[0];
        (await org.Api.PostJsonAsync($"/api/v1/applications/{ids[0]}/reject", new OutcomeRequest(reason.Id))).EnsureSuccessStatusCode();

        var moved = await (await org.Api.PostJsonAsync($"/api/v1/jobs/{job.Id}/applications/bulk-move", new BulkMoveRequest(ids, stages[1].Id))).ReadAsync<BulkResult>();
        Assert.Equal(new[] { ids[1], ids[2] }.Order(), moved.Changed.Order());
        Assert.Equal((ids[0], "rejected"), (Assert.Single(moved.Skipped).ApplicationId, moved.Skipped[0].Reason));

        var rejected = await (await org.Api.PostJsonAsync($"/api/v1/jobs/{job.Id}/applications/bulk-reject", new BulkRejectRequest(ids, reason.Id, "Role filled"))).ReadAsync<BulkResult>();
        Assert.Equal(new[] { ids[1], ids[2] }.Order(), rejected.Changed.Order());
        Assert.Equal(ids[0], Assert.Single(rejected.Skipped).ApplicationId);
        foreach (var id in ids[1..])
        {
            var timeline = (await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items;
            // The confirmation email is on the timeline too; these are the pipeline's entries.
            Assert.Equal([ApplicationEventKind.Rejected, ApplicationEventKind.Moved, ApplicationEventKind.Applied],
                timeline.Where(e => e.Kind != ApplicationEventKind.Emailed).Select(e => e.Kind));
            Assert.Equal("Role filled", timeline[0].Note);
        }
        Assert.Equal(2, (await ApplicantsAsync(org, job.Id, $"status=rejected&stage={stages[1].Id}")).Count);
    }

    [Fact]
    public async Task Records_with_the_same_mailbox_or_phone_are_flagged_and_merged_without_losing_history()
    {
        var org = await app.CreateOrganizationAsync();
        var (first, second, third) = (await org.CreatePublishedJobAsync(Jobs.Minimal("First")), await org.CreatePublishedJobAsync(Jobs.Minimal("Second")),
            await org.CreatePublishedJobAsync(Jobs.Minimal("Third")));
        var kept = await CandidateOfAsync(org, await ApplyAsync(org, first.Id, "ada.lovelace@gmail.com", phone: "+1 415 555 0101"));
        var dupApplication = await ApplyAsync(org, second.Id, "AdaLovelace+jobs@googlemail.com", "Ada L.", phone: "(415) 555-0199");
        var byPhone = await CandidateOfAsync(org, await ApplyAsync(org, third.Id, "a.l@example.com", "A. Lovelace", phone: "415.555.0101"));
        var dup = await CandidateOfAsync(org, dupApplication);
        await ApplyAsync(org, first.Id, "someone@example.com", "Someone Else", phone: "+44 20 7946 0999");

        Assert.Equal([(dup.Id, DuplicateReason.SameEmail), (byPhone.Id, DuplicateReason.SamePhone)],
            (await CandidateOfAsync(org, kept.Id)).PossibleDuplicates.Select(d => (d.CandidateId, Assert.Single(d.Reasons))));
        var group = Assert.Single(await (await org.Api.GetAsync("/api/v1/candidates/duplicates")).ReadAsync<List<DuplicateGroup>>());
        Assert.Equal([kept.Id, dup.Id, byPhone.Id], group.Candidates.Select(c => c.CandidateId));

        (await org.Api.PostJsonAsync($"/api/v1/candidates/{dup.Id}/notes", new NoteInput("Met at the meetup"))).EnsureSuccessStatusCode();
        (await org.Api.PostJsonAsync($"/api/v1/candidates/{dup.Id}/tags", new TagInput("meetup"))).EnsureSuccessStatusCode();
        var screen = (await PipelineAsync(org, second.Id)).Stages[1];
        (await org.Api.PostJsonAsync($"/api/v1/applications/{dupApplication}/move", new MoveRequest(screen.Id))).EnsureSuccessStatusCode();

        var merge = await org.Api.PostJsonAsync($"/api/v1/candidates/{kept.Id}/merge", new MergeRequest(dup.Id));

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal([dupApplication], (await merge.ReadAsync<MergeResult>()).MovedApplicationIds);
        var after = await CandidateOfAsync(org, kept.Id);
        Assert.Equal(["Second", "First"], after.Applications.Select(a => a.JobTitle));
        Assert.Equal(["meetup"], after.Tags.Select(t => t.Name));
        Assert.Equal(["Met at the meetup"], (await NotesAsync(org, kept.Id)).Select(n => n.Body));
        Assert.Equal([byPhone.Id], after.PossibleDuplicates.Select(d => d.CandidateId));
        var moved = (await (await org.Api.GetAsync($"/api/v1/applications/{dupApplication}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items;
        Assert.Equal([ApplicationEventKind.Merged, ApplicationEventKind.Moved, ApplicationEventKind.Applied],
            moved.Where(e => e.Kind != ApplicationEventKind.Emailed).Select(e => e.Kind));
        Assert.Equal(HttpStatusCode.OK, (await org.Api.GetAsync($"/api/v1/applications/{dupApplication}/resume")).StatusCode);
        Assert.Equal(kept.Id, (await CandidateOfAsync(org, dup.Id)).MergedIntoId);
        Assert.DoesNotContain(await CandidatesAsync(org, ""), c => c.Id == dup.Id);

        // A later application under the merged-away email lands on the person kept.
        var fourth = await org.CreatePublishedJobAsync(Jobs.Minimal("Fourth"));
        Assert.Equal(kept.Id, (await CandidateOfAsync(org, await ApplyAsync(org, fourth.Id, "AdaLovelace+jobs@googlemail.com"))).Id);

        // Merging again, or two records that both applied to one job, is refused and changes nothing.
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/candidates/{kept.Id}/merge", new MergeRequest(dup.Id))).StatusCode);
        var clash = await CandidateOfAsync(org, await ApplyAsync(org, first.Id, "a.l@example.com", "A. Lovelace"));
        Assert.Equal(byPhone.Id, clash.Id);
        var refused = await org.Api.PostJsonAsync($"/api/v1/candidates/{kept.Id}/merge", new MergeRequest(byPhone.Id));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("First", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, (await CandidateOfAsync(org, byPhone.Id)).Applications.Count);
    }

    [Fact]
    public async Task Another_organization_cannot_read_or_change_a_candidate_its_notes_or_tags_nor_merge_across()
    {
        var (a, b) = (await app.CreateOrganizationAsync(), await app.CreateOrganizationAsync());
        var bJob = await b.CreatePublishedJobAsync();
        var bCandidate = await CandidateOfAsync(b, await ApplyAsync(b, bJob.Id, "ada@example.com"));
        var note = await (await b.Api.PostJsonAsync($"/api/v1/candidates/{bCandidate.Id}/notes", new NoteInput("Private"))).ReadAsync<NoteView>();
        var tag = Assert.Single(await (await b.Api.PostJsonAsync($"/api/v1/candidates/{bCandidate.Id}/tags", new TagInput("vip"))).ReadAsync<List<TagRef>>());
        var aJob = await a.CreatePublishedJobAsync();
        var aCandidate = await CandidateOfAsync(a, await ApplyAsync(a, aJob.Id, "ada@example.com"));

        foreach (var url in new[] { $"/api/v1/candidates/{bCandidate.Id}", $"/api/v1/candidates/{bCandidate.Id}/notes", $"/api/v1/candidates/{bCandidate.Id}/timeline" })
            Assert.Equal(HttpStatusCode.NotFound, (await a.Api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PostJsonAsync($"/api/v1/candidates/{bCandidate.Id}/notes", new NoteInput("Hi"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PatchAsync($"/api/v1/notes/{note.Id}", JsonContent.Create(new NoteInput("Changed"), options: Requests.Json))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.DeleteAsync($"/api/v1/notes/{note.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PostJsonAsync($"/api/v1/candidates/{bCandidate.Id}/tags", new TagInput("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.DeleteAsync($"/api/v1/candidates/{bCandidate.Id}/tags/{tag.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PostJsonAsync($"/api/v1/candidates/{aCandidate.Id}/merge", new MergeRequest(bCandidate.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.PostJsonAsync($"/api/v1/candidates/{bCandidate.Id}/merge", new MergeRequest(aCandidate.Id))).StatusCode);
        Assert.Empty(await (await a.Api.GetAsync("/api/v1/tags")).ReadAsync<List<TagSummary>>());
        Assert.Empty(await (await a.Api.GetAsync("/api/v1/candidates/duplicates")).ReadAsync<List<DuplicateGroup>>());
        Assert.Empty(await ApplicantsAsync(a, aJob.Id, "tag=vip"));

        var still = await CandidateOfAsync(b, bCandidate.Id);
        Assert.Equal(["vip"], still.Tags.Select(t => t.Name));
        Assert.Single(still.Applications);
        Assert.Equal("Private", Assert.Single(await NotesAsync(b, bCandidate.Id)).Body);
    }

    [Fact]
    public async Task Under_blind_review_the_candidate_notes_and_duplicates_hide_who_it_is()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await ApplyAsync(org, job.Id, "ada@example.com");
        var other = await org.CreatePublishedJobAsync(Jobs.Minimal("Other"));
        await ApplyAsync(org, other.Id, "ada+2@example.com");
        var candidate = await CandidateOfAsync(org, id);
        (await org.Api.PostJsonAsync($"/api/v1/candidates/{candidate.Id}/notes", new NoteInput("Ada Lovelace was great"))).EnsureSuccessStatusCode();
        (await org.Api.PatchAsync("/api/v1/organization", new StringContent("""{"blind_review": true}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var views = string.Join("\n",
            await org.Api.GetStringAsync($"/api/v1/candidates/{candidate.Id}"),
            await org.Api.GetStringAsync($"/api/v1/candidates/{candidate.Id}/notes"),
            await org.Api.GetStringAsync("/api/v1/candidates/duplicates"));

        Assert.DoesNotContain("Lovelace", views);
        Assert.DoesNotContain("ada@", views);
        Assert.Contains("Candidate ", views);
        var sorted = await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/applications?sort=name");
        Assert.Equal(HttpStatusCode.BadRequest, sorted.StatusCode);
    }

    [Fact]
    public async Task The_job_page_moves_the_selected_applicants_and_comes_back_to_the_same_filtered_list()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ada = await ApplyAsync(org, job.Id, "ada@example.com", phone: "+44 20 7946 0301");
        await ApplyAsync(org, job.Id, "bob@example.com", "Bob Moog", phone: "+44 20 7946 0302");
        var screen = (await PipelineAsync(org, job.Id)).Stages[1];
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = org.AdminEmail, ["Input.Password"] = TestOrganization.Password });

        var list = $"/staff/jobs/{job.Id}?sort=name&source=careers";
        var page = await browser.GetPageAsync(list);
        Assert.Equal(["Ada Lovelace", "Bob Moog"], page.QuerySelectorAll("tbody tr td:nth-child(2) a:first-child").Select(a => a.TextContent));
        var done = await browser.SubmitAsync(list, "form#bulk", new Dictionary<string, string>
        {
            ["application_ids"] = ada.ToString(),
            ["action"] = "move",
            ["to_stage_id"] = screen.Id.ToString(),
        });

        Assert.Equal(list, done.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("Moved 1 application.", await done.Content.ReadAsStringAsync());
        Assert.Equal(["Ada Lovelace"], (await ApplicantsAsync(org, job.Id, $"stage={screen.Id}")).Select(a => a.Candidate.Name));
    }

    async Task<Guid> ApplyAsync(TestOrganization org, Guid job, string email, string name = "Ada Lovelace", string phone = "+1 415 555 0100") =>
        await app.ApplyWithFileAsync(org, job, Requests.ApplicationForm(name: name, email: email, phone: phone));

    static async Task<CandidateDetail> CandidateOfAsync(TestOrganization org, Guid applicationId)
    {
        var application = await org.Api.GetAsync($"/api/v1/applications/{applicationId}");
        var candidateId = application.IsSuccessStatusCode ? (await application.ReadAsync<ApplicationDetail>()).Candidate.Id : applicationId;
        return await (await org.Api.GetAsync($"/api/v1/candidates/{candidateId}")).ReadAsync<CandidateDetail>();
    }

    static async Task<List<NoteView>> NotesAsync(TestOrganization org, Guid candidateId) =>
        await (await org.Api.GetAsync($"/api/v1/candidates/{candidateId}/notes")).ReadAsync<List<NoteView>>();

    static async Task<IReadOnlyList<CandidatesApi.CandidateResponse>> CandidatesAsync(TestOrganization org, string query) =>
        (await (await org.Api.GetAsync($"/api/v1/candidates{query}")).ReadAsync<Page<CandidatesApi.CandidateResponse>>()).Items;

    static async Task<IReadOnlyList<ApplicationSummary>> ApplicantsAsync(TestOrganization org, Guid job, string query)
    {
        var response = await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync<Page<ApplicationSummary>>()).Items;
    }

    static async Task<JobPipeline> PipelineAsync(TestOrganization org, Guid job) =>
        await (await org.Api.GetAsync($"/api/v1/jobs/{job}/pipeline")).ReadAsync<JobPipeline>();

    static async Task<Guid> AddMemberAsync(TestOrganization org, string name, string email)
    {
        var added = await org.Api.PostJsonAsync("/api/v1/team", new TeamApi.NewMember(name, email, "recruiter"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (await added.ReadAsync<TeamApi.AddedMember>()).Id;
    }

    /// <summary>A second API key of the organization: another author.</summary>
    async Task<HttpClient> OtherKeyAsync(TestOrganization org)
    {
        var created = await (await org.Api.PostJsonAsync("/api/v1/api-keys", new ApiKeysApi.NewApiKey("other"))).ReadAsync<ApiKeysApi.CreatedApiKey>();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", created.Token);
        return client;
    }
}
