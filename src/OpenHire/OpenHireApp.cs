using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenHire.Components;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Careers;
using OpenHire.Features.Demo;
using OpenHire.Features.Interviews;
using OpenHire.Features.Jobs;
using OpenHire.Features.Messaging;
using OpenHire.Features.Offers;
using OpenHire.Features.Status;
using OpenHire.Features.Organizations;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;
using OpenHire.Features.Search;
using OpenHire.Features.Scorecards;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Messaging;
using OpenHire.Infrastructure.Hosting;
using OpenHire.Infrastructure.Queue;
using OpenHire.Infrastructure.RateLimiting;
using OpenHire.Infrastructure.Redis;
using OpenHire.Infrastructure.Storage;
using OpenHire.Infrastructure.Telemetry;
using Scalar.AspNetCore;

namespace OpenHire;

/// <summary>Composition of the whole app: what Program.cs and the admin commands both build.</summary>
public static class OpenHireApp
{
    public static WebApplicationBuilder AddOpenHire(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Demo").Get<DemoOptions>() ?? new());
        AppRoles.Of(builder.Configuration); // an unknown --role stops the start here
        builder.AddOpenHireDatabase();
        // Before the cache, so its store and generations replace the in-process ones.
        builder.AddOpenHireRedis();
        builder.AddOpenHireStorage();
        builder.AddOpenHireEmail();
        builder.AddOpenHireQueue();
        builder.AddOpenHireMessaging();
        builder.Services.AddWorkHandler<ResumeReading>(ResumeReading.Kind);
        builder.Services.AddWorkHandler<JobRescoring>(JobRescoring.Kind);
        builder.AddOpenHireAccounts();
        builder.AddOpenHireTelemetry();
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw in every environment, so the handler above explains them.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OpenHire API";
            doc.Info.Description = "Jobs, the public job board, applications, pipelines, candidates, email and offers. Authenticate with an organization API key: `Authorization: Bearer ohk_…`.";
            return Task.CompletedTask;
        }));
        PublicJobCache.AddPublicJobCache(builder.Services);
        builder.AddOpenHireRateLimits();
        builder.Services.AddScoped<ApplicationSubmitter>();
        builder.Services.AddCandidateSearch();
        builder.Services.AddScoped<ApplicationEmails>();
        builder.Services.AddScoped<OfferOperations>();
        builder.Services.AddScoped<CandidateStatus>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication UseOpenHire(this WebApplication app)
    {
        app.UseOpenHireTelemetry();
        app.UseExceptionHandler();
        if (!AppRoles.Of(app.Configuration).ServesSite())
        {
            // A worker answers probes and metrics only.
            MapHealth(app);
            return app;
        }
        // Errors without a body: ProblemDetails for API clients, a page for people.
        app.UseWhen(http => IsApi(http.Request), api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApi(http.Request), site => site.UseStatusCodePagesWithReExecute("/not-found"));
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        // Routing after the status-code pages, so a re-executed request finds the not-found page.
        app.UseRouting();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        // Before the output cache, so cached pages count against the limits too.
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("OpenHire API"));
        MapHealth(app);

        var api = app.MapGroup("/api/v1");
        api.MapGroup("").MapJobBoardApi().MapPublicApplicationsApi();
        api.MapGroup("").RequireAuthorization(AccountsRegistration.ApiPolicy).RequireRateLimiting(RateLimitRegistration.ApiPolicy)
            .EnforceStaffAccess()
            .MapJobsApi().MapApplicationsApi().MapPipelinesApi().MapResumesApi().MapCandidateSearchApi().MapCandidatesApi().MapApiKeysApi().MapTeamApi().MapOrganizationApi()
            .MapMessagingApi().MapOffersApi().MapInterviewsApi().MapScorecardsApi()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        app.MapStaffEndpoints();
        app.MapPipelineStaffEndpoints();
        app.MapCandidateStaffEndpoints();
        app.MapInterviewStaffEndpoints();
        app.MapCareersEndpoints();
        app.MapStatusEndpoints();
        app.MapOfferStaffEndpoints();
        app.MapMessagingStaffEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>/health/live: the process answers; /health/ready: every dependency (database, Redis, S3) answers, reported one by one.</summary>
    static void MapHealth(WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
    }

    public static void ConfigureJson(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/health");

    static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        return next(http);
    }
}
