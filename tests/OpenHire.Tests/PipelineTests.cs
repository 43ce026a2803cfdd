using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenHire.Features.Applications;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class PipelineSqliteTests(SqliteApp app) : PipelineTests(app), IClassFixture<SqliteApp>;
public sealed class PipelinePostgresTests(PostgresApp app) : PipelineTests(app), IClassFixture<PostgresApp>;

/// <summary>Pipelines: stages per job, moves recorded on a timeline, outcomes with reasons, the board.</summary>
public abstract class PipelineTests(AppFixture app)
{
    static readonly string[] DefaultStages = ["Applied", "Screen", "Technical interview", "Onsite", "Offer", "Hired"];

    [Fact]
    public async Task A_new_job_has_the_default_stages_and_applications_start_in_the_first()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var id = await ApplyAsync(org, job, "ada@example.com");

        Assert.Equal(DefaultStages, pipeline.Stages.Select(s => s.Name));
        Assert.Equal([0, 1, 2, 3, 4, 5], pipeline.Stages.Select(s => s.Position));
        var state = await StateAsync(org, id);
        Assert.Equal(pipeline.Stages[0].Id, state.Stage.Id);
        Assert.Null(state.Outcome);
        var applied = Assert.Single(await TimelineAsync(org, id));
        Assert.Equal((ApplicationEventKind.Applied, "Applied", null), (applied.Kind, applied.To?.Name, applied.Actor));
        Assert.Equal(1, (await PipelineAsync(org, job)).Stages[0].ApplicationCount);
    }

    [Fact]
    public async Task Every_move_is_recorded_with_who_when_from_where_to_where_and_why()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var id = await ApplyAsync(org, job, "ada@example.com");
        var (applied, screen) = (pipeline.Stages[0], pipeline.Stages[1]);

        var before = DateTimeOffset.UtcNow;
        var moved = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(screen.Id, applied.Id, "Strong Kafka background"));
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(screen.Id, (await moved.ReadAsync<ApplicationStageState>()).Stage.Id);
        var move = (await TimelineAsync(org, id))[0];
        Assert.Equal(ApplicationEventKind.Moved, move.Kind);
        Assert.Equal("api-key:tests", move.Actor);
        Assert.Equal(("Applied", "Screen"), (move.From?.Name, move.To?.Name));
        Assert.Equal("Strong Kafka background", move.Note);
        Assert.InRange(move.At, before.AddMilliseconds(-1), after.AddMilliseconds(1));
        var list = await (await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?stage={screen.Id}")).ReadAsync<Page<ApplicationSummary>>();
        Assert.Equal(new StageRef(screen.Id, "Screen"), Assert.Single(list.Items).Stage);
        Assert.Empty((await (await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?stage={applied.Id}")).ReadAsync<Page<ApplicationSummary>>()).Items);
    }

    [Fact]
    public async Task A_move_from_a_stage_the_application_has_left_is_refused_with_409_and_changes_nothing()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var id = await ApplyAsync(org, job, "ada@example.com");
        var (applied, screen, onsite) = (pipeline.Stages[0].Id, pipeline.Stages[1].Id, pipeline.Stages[3].Id);
        (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(screen, applied))).EnsureSuccessStatusCode();

        var stale = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(onsite, applied));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.ReadAsync<JsonElement>();
        Assert.Equal(screen, problem.GetProperty("current_stage_id").GetGuid());
        Assert.Contains("Screen", problem.GetProperty("detail").GetString());
        Assert.Equal(screen, (await StateAsync(org, id)).Stage.Id);
        Assert.Equal(2, (await TimelineAsync(org, id)).Count);
    }

    [Fact]
    public async Task Of_simultaneous_moves_from_the_same_stage_exactly_one_wins()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var id = await ApplyAsync(org, job, "ada@example.com");
        var applied = pipeline.Stages[0].Id;

        var answers = await Task.WhenAll(pipeline.Stages.Skip(1).Select(stage =>
            org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(stage.Id, applied))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var timeline = await TimelineAsync(org, id);
        Assert.Equal(2, timeline.Count);
        Assert.Equal((await StateAsync(org, id)).Stage.Id, timeline[0].To!.Id);
    }

    [Fact]
    public async Task Another_organizations_applications_stages_reasons_and_templates_are_404()
    {
        var ours = await app.CreateOrganizationAsync();
        var theirs = await app.CreateOrganizationAsync();
        var (ourJob, ourPipeline) = await JobAsync(ours);
        var (theirJob, theirPipeline) = await JobAsync(theirs);
        var ourApplication = await ApplyAsync(ours, ourJob, "ada@example.com");
        var theirApplication = await ApplyAsync(theirs, theirJob, "grace@example.com");
        var theirReason = (await ReasonsAsync(theirs, "rejected"))[0].Id;
        var theirTemplate = (await (await theirs.Api.GetAsync("/api/v1/pipeline-templates")).ReadAsync<List<TemplateResponse>>())[0].Id;

        var attempts = new (string Method, string Url, object? Body)[]
        {
            ("GET", $"/api/v1/jobs/{theirJob}/pipeline", null),
            ("PUT", $"/api/v1/jobs/{theirJob}/pipeline", new PipelineChange([new StageInput(null, "Mine now")])),
            ("POST", $"/api/v1/applications/{theirApplication}/move", new MoveRequest(theirPipeline.Stages[1].Id)),
            ("POST", $"/api/v1/applications/{ourApplication}/move", new MoveRequest(theirPipeline.Stages[1].Id)),
            ("POST", $"/api/v1/applications/{theirApplication}/reject", new OutcomeRequest(theirReason)),
            ("POST", $"/api/v1/applications/{ourApplication}/reject", new OutcomeRequest(theirReason)),
            ("POST", $"/api/v1/applications/{theirApplication}/withdraw", new OutcomeRequest(null)),
            ("POST", $"/api/v1/applications/{theirApplication}/reopen", new ReopenRequest()),
            ("GET", $"/api/v1/applications/{theirApplication}/timeline", null),
            ("GET", $"/api/v1/applications/{theirApplication}/stage", null),
            ("POST", $"/api/v1/jobs/{theirJob}/applications/bulk-move", new BulkMoveRequest([theirApplication], theirPipeline.Stages[1].Id)),
            ("POST", $"/api/v1/jobs/{ourJob}/applications/bulk-move", new BulkMoveRequest([theirApplication], ourPipeline.Stages[1].Id)),
            ("POST", $"/api/v1/jobs/{ourJob}/applications/bulk-reject", new BulkRejectRequest([ourApplication], theirReason)),
            ("PATCH", $"/api/v1/rejection-reasons/{theirReason}", new ReasonChange("Mine now", null)),
            ("DELETE", $"/api/v1/rejection-reasons/{theirReason}", null),
            ("GET", $"/api/v1/pipeline-templates/{theirTemplate}", null),
            ("PUT", $"/api/v1/pipeline-templates/{theirTemplate}", new TemplateInput("Mine now", ["One"])),
            ("DELETE", $"/api/v1/pipeline-templates/{theirTemplate}", null),
        };
        foreach (var (method, url, body) in attempts)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body is not null) request.Content = JsonContent(body);
            Assert.True(HttpStatusCode.NotFound == (await ours.Api.SendAsync(request)).StatusCode, $"{method} {url} was not 404");
        }

        Assert.Equal(theirPipeline.Stages.Select(s => s.Name), (await PipelineAsync(theirs, theirJob)).Stages.Select(s => s.Name));
        Assert.Single(await TimelineAsync(theirs, theirApplication));
        Assert.Single(await TimelineAsync(ours, ourApplication));
        Assert.Contains(await ReasonsAsync(theirs, "rejected"), r => r.Id == theirReason && !r.Archived);
    }

    [Fact]
    public async Task Stages_are_renamed_reordered_added_and_removed_without_losing_history()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var ada = await ApplyAsync(org, job, "ada@example.com");
        var grace = await ApplyAsync(org, job, "grace@example.com");
        var s = pipeline.Stages.ToDictionary(x => x.Name, x => x.Id);
        (await org.Api.PostJsonAsync($"/api/v1/applications/{ada}/move", new MoveRequest(s["Screen"]))).EnsureSuccessStatusCode();

        // Screen is renamed, Onsite (empty) removed, a take-home added, Offer moved before Technical interview.
        var renamed = await (await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline", new PipelineChange(
        [
            new(s["Applied"], "Applied"), new(s["Screen"], "Phone screen"), new(null, "Take-home"),
            new(s["Offer"], "Offer"), new(s["Technical interview"], "Technical interview"), new(s["Hired"], "Hired"),
        ]))).ReadAsync<JobPipeline>();

        Assert.Equal(["Applied", "Phone screen", "Take-home", "Offer", "Technical interview", "Hired"], renamed.Stages.Select(x => x.Name));
        Assert.Equal(1, renamed.Stages[1].ApplicationCount);
        Assert.Equal(("Applied", "Phone screen"), ((await TimelineAsync(org, ada))[0].From?.Name, (await TimelineAsync(org, ada))[0].To?.Name));

        // A stage that holds applications goes only with a stage to move them to.
        var keep = renamed.Stages.Where(x => x.Name != "Phone screen").Select(x => new StageInput(x.Id, x.Name)).ToList();
        var refused = await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline", new PipelineChange(keep));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Phone screen", await refused.Content.ReadAsStringAsync());
        var removed = await (await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline",
            new PipelineChange(keep, new() { [s["Screen"]] = renamed.Stages[2].Id }))).ReadAsync<JobPipeline>();

        Assert.Equal(["Applied", "Take-home", "Offer", "Technical interview", "Hired"], removed.Stages.Select(x => x.Name));
        Assert.Equal("Take-home", (await StateAsync(org, ada)).Stage.Name);
        var history = await TimelineAsync(org, ada);
        Assert.Equal([ApplicationEventKind.Moved, ApplicationEventKind.Moved, ApplicationEventKind.Applied], history.Select(e => e.Kind));
        Assert.Equal(("Phone screen", "Take-home"), (history[0].From?.Name, history[0].To?.Name));
        Assert.Contains("Phone screen", history[0].Note);
        Assert.Equal("Phone screen", history[1].To?.Name);
        Assert.Equal("Applied", (await StateAsync(org, grace)).Stage.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Api.PostJsonAsync($"/api/v1/applications/{grace}/move", new MoveRequest(s["Screen"]))).StatusCode);

        // Reordering puts a new first stage in front: new applications start there.
        var reordered = removed.Stages.Reverse().Select(x => new StageInput(x.Id, x.Name)).ToList();
        (await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline", new PipelineChange(reordered))).EnsureSuccessStatusCode();
        Assert.Equal("Hired", (await StateAsync(org, await ApplyAsync(org, job, "alan@example.com"))).Stage.Name);

        var invalid = await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline", new PipelineChange([new(null, "Same"), new(null, "same"), new(null, " ")]));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PutJsonAsync($"/api/v1/jobs/{job}/pipeline", new PipelineChange([]))).StatusCode);
    }

    [Fact]
    public async Task Bulk_move_moves_many_and_says_which_it_left_alone()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var ids = new List<Guid>();
        foreach (var email in new[] { "a@example.com", "b@example.com", "c@example.com", "d@example.com" })
            ids.Add(await ApplyAsync(org, job, email));
        var screen = pipeline.Stages[1].Id;
        var reason = (await ReasonsAsync(org, "rejected"))[0].Id;
        (await org.Api.PostJsonAsync($"/api/v1/applications/{ids[0]}/reject", new OutcomeRequest(reason))).EnsureSuccessStatusCode();
        (await org.Api.PostJsonAsync($"/api/v1/applications/{ids[1]}/move", new MoveRequest(screen))).EnsureSuccessStatusCode();

        var result = await (await org.Api.PostJsonAsync($"/api/v1/jobs/{job}/applications/bulk-move", new BulkMoveRequest(ids, screen, "Batch review"))).ReadAsync<BulkResult>();

        Assert.Equal(ids.Skip(2).Order(), result.Changed.Order());
        Assert.Equal([(ids[0], "rejected"), (ids[1], "already in Screen")], result.Skipped.Select(x => (x.ApplicationId, x.Reason)).OrderBy(x => x.ApplicationId == ids[1]));
        Assert.Equal(3, (await PipelineAsync(org, job)).Stages[1].ApplicationCount);
        Assert.Equal("Batch review", (await TimelineAsync(org, ids[3]))[0].Note);

        var rejected = await (await org.Api.PostJsonAsync($"/api/v1/jobs/{job}/applications/bulk-reject", new BulkRejectRequest(ids, reason, "Role filled"))).ReadAsync<BulkResult>();
        Assert.Equal(3, rejected.Changed.Count);
        Assert.Equal(4, (await (await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?status=rejected")).ReadAsync<Page<ApplicationSummary>>()).Items.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync($"/api/v1/jobs/{job}/applications/bulk-move", new BulkMoveRequest([], screen))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Api.PostJsonAsync($"/api/v1/jobs/{job}/applications/bulk-move", new BulkMoveRequest([Guid.CreateVersion7()], screen))).StatusCode);
    }

    [Fact]
    public async Task A_rejection_keeps_its_reason_and_stage_and_can_be_reopened()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var id = await ApplyAsync(org, job, "ada@example.com");
        var onsite = pipeline.Stages[3].Id;
        (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(onsite))).EnsureSuccessStatusCode();
        var reason = (await ReasonsAsync(org, "rejected")).First(r => r.Text == "Did not pass the interviews");
        var withdrawal = (await ReasonsAsync(org, "withdrawn"))[0];

        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/reject", new OutcomeRequest(null))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/reject", new OutcomeRequest(withdrawal.Id))).StatusCode);
        var rejected = await (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/reject", new OutcomeRequest(reason.Id, "Systems design was weak", onsite))).ReadAsync<ApplicationStageState>();

        Assert.Equal((ApplicationOutcome.Rejected, "Onsite", reason.Text), (rejected.Outcome, rejected.Stage.Name, rejected.OutcomeReason?.Text));
        var entry = (await TimelineAsync(org, id))[0];
        Assert.Equal((ApplicationEventKind.Rejected, "Onsite", reason.Text, "Systems design was weak"), (entry.Kind, entry.From?.Name, entry.Reason?.Text, entry.Note));
        var row = Assert.Single((await (await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?status=rejected")).ReadAsync<Page<ApplicationSummary>>()).Items);
        Assert.Equal(ApplicationOutcome.Rejected, row.Outcome);
        Assert.Empty((await (await org.Api.GetAsync($"/api/v1/jobs/{job}/applications?status=active")).ReadAsync<Page<ApplicationSummary>>()).Items);
        Assert.Equal(0, (await PipelineAsync(org, job)).Stages[3].ApplicationCount);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(pipeline.Stages[4].Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/reject", new OutcomeRequest(reason.Id))).StatusCode);

        var reopened = await (await org.Api.PostAsync($"/api/v1/applications/{id}/reopen", null)).ReadAsync<ApplicationStageState>();
        Assert.Equal((null, "Onsite"), (reopened.Outcome, reopened.Stage.Name));
        Assert.Equal(ApplicationEventKind.Reopened, (await TimelineAsync(org, id))[0].Kind);

        var withdrawn = await (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/withdraw", new OutcomeRequest(withdrawal.Id, "Took another offer"))).ReadAsync<ApplicationStageState>();
        Assert.Equal((ApplicationOutcome.Withdrawn, withdrawal.Text), (withdrawn.Outcome, withdrawn.OutcomeReason?.Text));
    }

    [Fact]
    public async Task Admins_keep_the_rejection_reasons_and_pipeline_templates_new_jobs_start_from()
    {
        var org = await app.CreateOrganizationAsync();
        var reasons = await ReasonsAsync(org, null);
        Assert.Contains(reasons, r => r.Kind == ApplicationOutcome.Rejected && r.Text == "Not enough relevant experience");
        Assert.Contains(reasons, r => r.Kind == ApplicationOutcome.Withdrawn && r.Text == "Accepted another offer");

        var added = await org.Api.PostJsonAsync("/api/v1/rejection-reasons", new ReasonInput(ApplicationOutcome.Rejected, "No visa sponsorship"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var reason = await added.ReadAsync<ReasonResponse>();
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync("/api/v1/rejection-reasons", new ReasonInput(ApplicationOutcome.Rejected, "No visa sponsorship"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync("/api/v1/rejection-reasons", new ReasonInput(null, "Kindless"))).StatusCode);
        var reworded = await (await org.Api.PatchAsync($"/api/v1/rejection-reasons/{reason.Id}", JsonContent(new ReasonChange("Needs visa sponsorship", null)))).ReadAsync<ReasonResponse>();
        Assert.Equal("Needs visa sponsorship", reworded.Text);
        (await org.Api.DeleteAsync($"/api/v1/rejection-reasons/{reason.Id}")).EnsureSuccessStatusCode();
        Assert.DoesNotContain(await ReasonsAsync(org, "rejected"), r => r.Id == reason.Id);
        Assert.Contains(await ReasonsAsync(org, "rejected", includeArchived: true), r => r.Id == reason.Id && r.Archived);

        var templates = await (await org.Api.GetAsync("/api/v1/pipeline-templates")).ReadAsync<List<TemplateResponse>>();
        var standard = Assert.Single(templates);
        Assert.Equal(DefaultStages, standard.Stages);
        Assert.True(standard.IsDefault);
        var engineering = await (await org.Api.PostJsonAsync("/api/v1/pipeline-templates",
            new TemplateInput("Engineering", ["New", "Take-home", "Pairing", "Offer"], IsDefault: true))).ReadAsync<TemplateResponse>();
        Assert.True(engineering.IsDefault);
        Assert.False((await (await org.Api.GetAsync($"/api/v1/pipeline-templates/{standard.Id}")).ReadAsync<TemplateResponse>()).IsDefault);

        var (job, pipeline) = await JobAsync(org);
        Assert.Equal(["New", "Take-home", "Pairing", "Offer"], pipeline.Stages.Select(s => s.Name));
        (await org.Api.PutJsonAsync($"/api/v1/pipeline-templates/{engineering.Id}", new TemplateInput("Engineering", ["Changed"], IsDefault: true))).EnsureSuccessStatusCode();
        Assert.Equal(4, (await PipelineAsync(org, job)).Stages.Count);
        Assert.Equal(HttpStatusCode.Conflict, (await org.Api.DeleteAsync($"/api/v1/pipeline-templates/{engineering.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PutJsonAsync($"/api/v1/pipeline-templates/{engineering.Id}", new TemplateInput("Engineering", ["Changed"], IsDefault: false))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await org.Api.DeleteAsync($"/api/v1/pipeline-templates/{standard.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Api.PostJsonAsync("/api/v1/pipeline-templates", new TemplateInput("", []))).StatusCode);
    }

    [Fact]
    public async Task The_board_shows_every_stage_with_its_count_and_moves_a_card_with_its_plain_form()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var ada = await ApplyAsync(org, job, "ada@example.com", "Ada Lovelace");
        await ApplyAsync(org, job, "grace@example.com", "Grace Hopper");
        var browser = await SignedInAsync(org);

        var board = await browser.GetPageAsync($"/staff/jobs/{job}/board");
        Assert.Equal(DefaultStages, board.QuerySelectorAll(".column .stage-name").Select(h => h.TextContent));
        Assert.Equal(["2", "0", "0", "0", "0", "0"], board.QuerySelectorAll(".column .count").Select(c => c.FirstChild!.TextContent));
        Assert.Contains("Ada Lovelace", board.QuerySelector($"#stage-{pipeline.Stages[0].Id}")!.TextContent);
        Assert.NotNull((await browser.GetPageAsync($"/staff/jobs/{job}")).QuerySelector($"a[href='/staff/jobs/{job}/board']"));

        var moved = await browser.SubmitAsync($"/staff/jobs/{job}/board", $"li[data-application='{ada}'] form.move",
            new Dictionary<string, string> { ["to_stage_id"] = pipeline.Stages[2].Id.ToString() });

        Assert.Equal($"/staff/jobs/{job}/board", moved.RequestMessage!.RequestUri!.AbsolutePath);
        var after = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await moved.Content.ReadAsStringAsync());
        Assert.Contains("Moved to Technical interview", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Ada Lovelace", after.QuerySelector($"#stage-{pipeline.Stages[2].Id}")!.TextContent);
        Assert.DoesNotContain("Ada Lovelace", after.QuerySelector($"#stage-{pipeline.Stages[0].Id}")!.TextContent);
        var entry = (await TimelineAsync(org, ada))[0];
        Assert.Equal(("Admin", "Technical interview"), (entry.Actor, entry.To?.Name));

        // The same form sent again is stale: nothing moves, and the board says why.
        var stale = await browser.PostAsync($"/staff/applications/{ada}/move", new FormUrlEncodedContent(
            FormFields(board, $"li[data-application='{ada}'] form.move", ("to_stage_id", pipeline.Stages[3].Id.ToString()))));
        Assert.Contains("moved since you looked", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Technical interview", (await StateAsync(org, ada)).Stage.Name);
    }

    [Fact]
    public async Task The_board_respects_blind_review_and_bulk_rejects_from_the_selection()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, _) = await JobAsync(org);
        var ada = await ApplyAsync(org, job, "ada@example.com", "Ada Lovelace");
        (await org.Api.PatchAsync("/api/v1/organization", JsonContent(new { blind_review = true }))).EnsureSuccessStatusCode();
        var browser = await SignedInAsync(org);

        var html = await browser.GetStringAsync($"/staff/jobs/{job}/board");
        Assert.DoesNotContain("Lovelace", html);
        Assert.Contains("Candidate ", html);

        var reason = (await ReasonsAsync(org, "rejected"))[1];
        var done = await browser.SubmitAsync($"/staff/jobs/{job}/board", "form#bulk", new Dictionary<string, string>
        {
            ["application_ids"] = ada.ToString(),
            ["action"] = "reject",
            ["reason_id"] = reason.Id.ToString(),
        });
        Assert.Contains("Rejected 1 application.", await done.Content.ReadAsStringAsync());
        Assert.Equal((ApplicationOutcome.Rejected, reason.Text), ((await StateAsync(org, ada)).Outcome, (await StateAsync(org, ada)).OutcomeReason?.Text));
    }

    [Fact]
    public async Task A_column_shows_its_first_fifty_cards_and_more_on_request()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        for (var i = 0; i < 53; i++) await ApplyAsync(org, job, $"person{i}@example.com", $"Person {i}");
        var browser = await SignedInAsync(org);
        var applied = pipeline.Stages[0].Id;

        var board = await browser.GetPageAsync($"/staff/jobs/{job}/board");
        Assert.Equal(50, board.QuerySelectorAll($"#stage-{applied} li.card").Length);
        Assert.Equal("53", board.QuerySelector($"#stage-{applied} .count")!.FirstChild!.TextContent);
        var more = board.QuerySelector($"#stage-{applied} a[href*='show=']")!.GetAttribute("href")!;
        Assert.Contains("3 not shown", board.QuerySelector($"#stage-{applied} a[href*='show=']")!.TextContent);

        var expanded = await browser.GetPageAsync(more);
        Assert.Equal(53, expanded.QuerySelectorAll($"#stage-{applied} li.card").Length);
        Assert.Null(expanded.QuerySelector($"#stage-{applied} a[href*='show=']"));
    }

    [Fact]
    public async Task Stages_are_edited_and_applications_rejected_and_reopened_from_the_workspace_forms()
    {
        var org = await app.CreateOrganizationAsync();
        var (job, pipeline) = await JobAsync(org);
        var ada = await ApplyAsync(org, job, "ada@example.com", "Ada Lovelace");
        var browser = await SignedInAsync(org);
        var editor = $"/staff/jobs/{job}/pipeline";

        await browser.SubmitAsync(editor, "form.pipeline-editor", new Dictionary<string, string> { ["Input.Names[1]"] = "Phone screen", ["Input.Action"] = "save" });
        await browser.SubmitAsync(editor, "form.pipeline-editor", new Dictionary<string, string> { ["Input.Action"] = "down:1" });
        await browser.SubmitAsync(editor, "form.add-stage", new Dictionary<string, string> { ["NewStage"] = "Take-home" });
        var refused = await browser.SubmitAsync(editor, "form.pipeline-editor", new Dictionary<string, string> { ["Input.Action"] = "remove:0", ["Input.Targets[0]"] = "" });
        Assert.Contains("say which remaining stage", await refused.Content.ReadAsStringAsync());
        await browser.SubmitAsync(editor, "form.pipeline-editor", new Dictionary<string, string> { ["Input.Action"] = "remove:0" });

        var stages = (await PipelineAsync(org, job)).Stages;
        Assert.Equal(["Technical interview", "Phone screen", "Onsite", "Offer", "Hired", "Take-home"], stages.Select(s => s.Name));
        Assert.Equal("Technical interview", (await StateAsync(org, ada)).Stage.Name);

        var page = $"/staff/applications/{ada}";
        Assert.Contains("Moved from Applied to Technical interview", await browser.GetStringAsync(page));
        var reason = (await ReasonsAsync(org, "rejected"))[2];
        var rejected = await browser.SubmitAsync(page, "form[action$='/reject']", new Dictionary<string, string> { ["reason_id"] = reason.Id.ToString(), ["note"] = "Not now" });
        Assert.Equal(page, rejected.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await rejected.Content.ReadAsStringAsync();
        Assert.Contains($"Rejected in Technical interview: {reason.Text}", html);
        Assert.Equal(ApplicationOutcome.Rejected, (await StateAsync(org, ada)).Outcome);

        await browser.SubmitAsync(page, "form[action$='/reopen']", new Dictionary<string, string> { ["to_stage_id"] = stages[1].Id.ToString() });
        var state = await StateAsync(org, ada);
        Assert.Equal((null, "Phone screen"), (state.Outcome, state.Stage.Name));
        await browser.SubmitAsync(page, "form[action$='/move']", new Dictionary<string, string> { ["to_stage_id"] = stages[2].Id.ToString(), ["reason"] = "Great call" });
        Assert.Equal(("Onsite", "Great call"), ((await StateAsync(org, ada)).Stage.Name, (await TimelineAsync(org, ada))[0].Note));
        Assert.Equal(pipeline.Stages[0].Id, (await TimelineAsync(org, ada)).Last().To!.Id);
    }

    async Task<(Guid Job, JobPipeline Pipeline)> JobAsync(TestOrganization org)
    {
        var job = await org.CreatePublishedJobAsync();
        return (job.Id, await PipelineAsync(org, job.Id));
    }

    async Task<Guid> ApplyAsync(TestOrganization org, Guid job, string email, string name = "Ada Lovelace") =>
        await app.ApplyWithFileAsync(org, job, Requests.ApplicationForm(name: name, email: email));

    static async Task<JobPipeline> PipelineAsync(TestOrganization org, Guid job) =>
        await (await org.Api.GetAsync($"/api/v1/jobs/{job}/pipeline")).ReadAsync<JobPipeline>();

    static async Task<ApplicationStageState> StateAsync(TestOrganization org, Guid application) =>
        await (await org.Api.GetAsync($"/api/v1/applications/{application}/stage")).ReadAsync<ApplicationStageState>();

    /// <summary>The pipeline's entries of the timeline: emails (the confirmation) have tests of their own.</summary>
    static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TestOrganization org, Guid application) =>
        [.. (await (await org.Api.GetAsync($"/api/v1/applications/{application}/timeline?limit=100")).ReadAsync<Page<TimelineEntry>>()).Items
            .Where(e => e.Kind is not (ApplicationEventKind.Emailed or ApplicationEventKind.EmailCancelled))];

    static async Task<List<ReasonResponse>> ReasonsAsync(TestOrganization org, string? kind, bool includeArchived = false) =>
        await (await org.Api.GetAsync($"/api/v1/rejection-reasons?kind={kind}&include_archived={includeArchived}")).ReadAsync<List<ReasonResponse>>();

    static StringContent JsonContent<T>(T body) => new(JsonSerializer.Serialize(body, Requests.Json), System.Text.Encoding.UTF8, "application/json");

    static IEnumerable<KeyValuePair<string, string>> FormFields(AngleSharp.Html.Dom.IHtmlDocument page, string selector, params (string Name, string Value)[] overrides)
    {
        var form = page.QuerySelector(selector)!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("value") ?? "")).ToList();
        return fields.Where(f => overrides.All(o => o.Name != f.Name)).Concat(overrides).Select(f => new KeyValuePair<string, string>(f.Name, f.Value));
    }

    async Task<HttpClient> SignedInAsync(TestOrganization org)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await browser.SubmitAsync("/login", "form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.AdminEmail,
            ["Input.Password"] = TestOrganization.Password,
        });
        return browser;
    }
}
