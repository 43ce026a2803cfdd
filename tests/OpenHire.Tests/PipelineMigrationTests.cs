using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Features.Pipelines;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class PipelineMigrationSqliteTests(SqliteApp app) : PipelineMigrationTests(app), IClassFixture<SqliteApp>;
public sealed class PipelineMigrationPostgresTests(PostgresApp app) : PipelineMigrationTests(app), IClassFixture<PostgresApp>;

/// <summary>Data from before pipelines existed gets them when the Pipelines migration runs.</summary>
public abstract class PipelineMigrationTests(AppFixture app)
{
    [Fact]
    public async Task Jobs_and_applications_from_before_pipelines_get_the_default_stages_reasons_and_timeline()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "grace@example.com");
        await org.WaitForProfileAsync(id);

        // Back to the schema before pipelines (dropping them), then forward again as an upgrade would.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var migrator = scope.ServiceProvider.GetRequiredService<AppDbContext>().GetService<IMigrator>();
            await migrator.MigrateAsync("BlindReview");
            await migrator.MigrateAsync();
        }

        var pipeline = await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/pipeline")).ReadAsync<JobPipeline>();
        Assert.Equal(PipelineDefaults.Stages, pipeline.Stages.Select(s => s.Name));
        Assert.Equal(1, pipeline.Stages[0].ApplicationCount);
        var state = await (await org.Api.GetAsync($"/api/v1/applications/{id}/stage")).ReadAsync<ApplicationStageState>();
        Assert.Equal("Applied", state.Stage.Name);
        var applied = Assert.Single((await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items);
        Assert.Equal((ApplicationEventKind.Applied, "Applied"), (applied.Kind, applied.To?.Name));
        var reasons = await (await org.Api.GetAsync("/api/v1/rejection-reasons")).ReadAsync<List<ReasonResponse>>();
        Assert.Equal(PipelineDefaults.Reasons.Select(r => r.Text).Order(), reasons.Select(r => r.Text).Order());
        var template = Assert.Single(await (await org.Api.GetAsync("/api/v1/pipeline-templates")).ReadAsync<List<TemplateResponse>>());
        Assert.Equal(PipelineDefaults.Stages, template.Stages);
        Assert.True(template.IsDefault);

        // And the migrated application moves like a new one.
        var moved = await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(pipeline.Stages[1].Id, pipeline.Stages[0].Id));
        moved.EnsureSuccessStatusCode();
        Assert.Equal(2, (await (await org.Api.GetAsync($"/api/v1/applications/{id}/timeline")).ReadAsync<Page<TimelineEntry>>()).Items.Count);
    }
}
