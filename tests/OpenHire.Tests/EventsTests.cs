using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Messaging;
using OpenHire.Tests.Infrastructure;
using RabbitMQ.Client;

namespace OpenHire.Tests;

/// <summary>
/// Events and background work through the real RabbitMQ node test.sh starts. One collection:
/// a test stops the broker, which the others must not see.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class EventsTests(BrokerApp app) : IClassFixture<BrokerApp>
{
    [Fact]
    public async Task A_committed_change_produces_its_CloudEvent_on_a_bound_queue()
    {
        await using var listener = await BoundQueue.BindAsync(app.Exchange, "org.openhire.#");
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithFileAsync(org, job.Id,
            Requests.ApplicationForm(name: "Grace Hopper", email: "grace@example.com", resume: Resumes.Text(Resumes.Backend), resumeName: "resume.txt"));
        var stages = (await (await org.Api.GetAsync($"/api/v1/jobs/{job.Id}/pipeline")).ReadAsync<JobPipeline>()).Stages;
        (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(stages[1].Id))).EnsureSuccessStatusCode();
        (await org.Api.PostJsonAsync($"/api/v1/applications/{id}/move", new MoveRequest(stages[^1].Id))).EnsureSuccessStatusCode();

        var received = await listener.ReceiveAsync(r =>
            r.Any(m => m.Type == EventCatalog.CandidateHired) && r.Any(m => m.Type == EventCatalog.ResumeParsed));

        var submitted = Assert.Single(received, m => m.Type == EventCatalog.ApplicationSubmitted);
        Assert.Equal("1.0", submitted.Body.GetProperty("specversion").GetString());
        Assert.Equal(submitted.MessageId, submitted.Body.GetProperty("id").GetString());
        Assert.Equal($"/organizations/{org.Id}", submitted.Body.GetProperty("source").GetString());
        Assert.Equal(id.ToString(), submitted.Subject);
        Assert.Equal("application/json", submitted.Body.GetProperty("datacontenttype").GetString());
        Assert.Equal(OutboxRelay.EventContentType, submitted.ContentType);
        Assert.Equal(EventCatalog.ApplicationSubmitted, submitted.RoutingKey);
        Assert.InRange(submitted.Body.GetProperty("time").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow);
        Assert.Equal(job.Id, submitted.Data.GetProperty("job_id").GetGuid());
        Assert.Equal(stages[0].Id, submitted.Data.GetProperty("stage_id").GetGuid());

        var published = Assert.Single(received, m => m.Type == EventCatalog.JobPublished);
        Assert.Equal(job.Id.ToString(), published.Subject);
        var moves = received.Where(m => m.Type == EventCatalog.ApplicationStageChanged).Select(m => m.Data.GetProperty("to_stage").GetProperty("name").GetString());
        Assert.Equal(["Screen", "Hired"], moves);
        var hired = Assert.Single(received, m => m.Type == EventCatalog.CandidateHired);
        Assert.Equal(submitted.Data.GetProperty("candidate_id").GetGuid().ToString(), hired.Subject);
        Assert.Equal(id, hired.Data.GetProperty("application_id").GetGuid());
        // Ids, not people: no name or email of the candidate leaves in an event.
        Assert.DoesNotContain(received, m => m.Body.GetRawText().Contains("Grace") || m.Body.GetRawText().Contains("grace@"));
    }

    [Fact]
    public async Task Work_arrives_through_RabbitMQ_and_a_redelivered_message_runs_it_once()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        // The database sweep waits an hour in this host: only the work queue's messages can run the work.
        var first = await app.ApplyWithAsync(org, job.Id, Resumes.Backend, "ada@example.com");
        Assert.Equal(ResumeStatus.Parsed, (await org.WaitForProfileAsync(first)).Status);

        var work = (await OutboxAsync(org.Id)).Single(m => m.Channel == MessageChannel.Work);
        await using (var connection = await Broker.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
            await channel.BasicPublishAsync("", app.WorkQueue, false, new BasicProperties { MessageId = work.Id.ToString() }, System.Text.Encoding.UTF8.GetBytes(work.Data));
        // Work sent after the duplicate is done after it: the queue hands messages out in order.
        var second = await app.ApplyWithAsync(org, job.Id, Resumes.Frontend, "grace@example.com");
        Assert.Equal(ResumeStatus.Parsed, (await org.WaitForProfileAsync(second)).Status);
        await WaitForEmptyAsync(app.WorkQueue);

        var reads = (await OutboxAsync(org.Id)).Where(m => m.Type == EventCatalog.ResumeParsed).Select(m => m.Subject).ToList();
        Assert.Equal(1, reads.Count(s => s == first.ToString()));
        Assert.Equal(1, reads.Count(s => s == second.ToString()));
        Assert.Equal(0, await app.CountQueuedWorkAsync());
    }

    [Fact]
    public async Task With_RabbitMQ_stopped_applications_are_accepted_and_their_events_follow_when_it_returns()
    {
        await using var listener = await BoundQueue.BindAsync(app.Exchange, EventCatalog.ApplicationSubmitted);
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ids = new List<Guid>();
        await Broker.ControlAsync("stop_app");
        try
        {
            for (var i = 0; i < 5; i++)
                ids.Add(await app.ApplyWithAsync(org, job.Id, Resumes.Junior, $"stopped{i}@example.com"));
            var ready = await app.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var health = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
            Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("rabbitmq").GetProperty("status").GetString());
            Assert.Equal(5, (await OutboxAsync(org.Id)).Count(m => m.Type == EventCatalog.ApplicationSubmitted && m.SentAt == null));
        }
        finally
        {
            await Broker.ControlAsync("start_app");
        }

        var received = await listener.ReceiveAsync(r => ids.All(id => r.Any(m => m.Subject == id.ToString())), TimeSpan.FromSeconds(90));
        Assert.Equal(ids.Order(), received.Where(m => ids.Contains(Guid.Parse(m.Subject))).Select(m => Guid.Parse(m.Subject)).Order());
        using (var health = System.Text.Json.JsonDocument.Parse(await (await app.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync()))
            Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
    }

    async Task<List<OutboxMessage>> OutboxAsync(Guid orgId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.OrganizationId == orgId).ToListAsync();
    }

    internal static async Task WaitForEmptyAsync(string queue)
    {
        await using var connection = await Broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        for (var i = 0; await channel.MessageCountAsync(queue) > 0; i++)
        {
            if (i == 300) throw new TimeoutException($"{queue} never emptied.");
            await Task.Delay(100);
        }
    }
}

/// <summary>Two processes relaying one outbox: claims keep each message to one publish.</summary>
[Collection(BrokerCollection.Name)]
public sealed class TwoRelaysTests
{
    [Fact]
    public async Task Two_relays_draining_one_outbox_publish_each_event_once()
    {
        await using var first = new BrokerApp();
        first.Settings["RabbitMQ:Relay"] = "false";
        await first.InitializeAsync();
        await using var second = first.Sibling();
        second.Settings["RabbitMQ:Relay"] = "false";
        await second.InitializeAsync();
        await using var listener = await BoundQueue.BindAsync(first.Exchange, EventCatalog.ApplicationSubmitted);
        var org = await first.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
            ids.Add(await first.ApplyWithAsync(org, job.Id, Resumes.Junior, $"relay{i}@example.com"));

        // Both relays work the backlog at once, in small batches (the batch size caps each pass).
        await Task.WhenAll(DrainAsync(first), DrainAsync(second), DrainAsync(first), DrainAsync(second));

        var received = await listener.DrainAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(ids.Order(), received.Select(m => Guid.Parse(m.Subject)).Order());
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
    }

    static async Task DrainAsync(BrokerApp host)
    {
        var relay = host.Services.GetRequiredService<OutboxRelay>();
        while (await relay.PublishPendingAsync(default) > 0) { }
    }
}

/// <summary>An in-app consumer of events handles each message once, however often RabbitMQ delivers it.</summary>
[Collection(BrokerCollection.Name)]
public sealed class EventConsumerTests
{
    /// <summary>Writes an email to an auditor for each application: an effect in the database, easy to count.</summary>
    sealed class AuditConsumer : IEventConsumer
    {
        public string Name => "test-audit";
        public IReadOnlyList<string> BindingKeys => [EventCatalog.ApplicationSubmitted];

        public Task HandleAsync(ReceivedEvent received, AppDbContext db, CancellationToken ct)
        {
            db.OutboxEmails.Add(new OpenHire.Infrastructure.Email.OutboxEmail
            {
                ToAddress = "audit@example.com", ToName = "Audit", Subject = "submitted " + received.Subject, TextBody = received.Type, CreatedAt = received.Time,
            });
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing_the_second_time()
    {
        await using var app = new BrokerApp { ExtraServices = s => s.AddEventConsumer<AuditConsumer>() };
        await app.InitializeAsync();
        await using var listener = await BoundQueue.BindAsync(app.Exchange, EventCatalog.ApplicationSubmitted);
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithAsync(org, job.Id, Resumes.Junior, "ada@example.com");
        var original = (await listener.ReceiveAsync(r => r.Count == 1)).Single();
        await AuditsAsync(app, id, expected: 1);

        // The relay publishes at least once: the same message again, as after a relay crashed before marking it sent.
        await using (var connection = await Broker.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
            await channel.BasicPublishAsync(app.Exchange, original.RoutingKey, false,
                new BasicProperties { MessageId = original.MessageId, ContentType = original.ContentType },
                System.Text.Encoding.UTF8.GetBytes(original.Body.GetRawText()));
        await listener.ReceiveAsync(r => r.Count == 1);
        // The consumer takes its queue in order: once a later application is audited, the duplicate was handled.
        var later = await app.ApplyWithAsync(org, job.Id, Resumes.Junior, "grace@example.com");
        await AuditsAsync(app, later, expected: 1);

        await AuditsAsync(app, id, expected: 1);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().ProcessedMessages
            .AnyAsync(p => p.Consumer == "test-audit" && p.MessageId == Guid.Parse(original.MessageId!)));
    }

    static async Task AuditsAsync(BrokerApp app, Guid applicationId, int expected)
    {
        var emails = await app.WaitForOutboxAsync(e => e.Count(m => m.Subject == $"submitted {applicationId}") >= expected);
        Assert.Equal(expected, emails.Count(m => m.Subject == $"submitted {applicationId}"));
    }
}

[CollectionDefinition(Name)]
public sealed class BrokerCollection
{
    public const string Name = "RabbitMQ";
}

/// <summary>Without a broker the outbox still records every event, and forgets them after the retention period.</summary>
public sealed class EventsWithoutBrokerTests(EventsWithoutBrokerTests.ShortRetentionApp app) : IClassFixture<EventsWithoutBrokerTests.ShortRetentionApp>
{
    public sealed class ShortRetentionApp : AppFixture
    {
        public ShortRetentionApp()
        {
            Settings["Events:Retention"] = "00:00:05";
            Settings["Events:PruneEvery"] = "00:00:00.500";
        }

        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
        protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")};Pooling=True";
    }

    [Fact]
    public async Task Events_land_in_the_outbox_and_are_pruned_after_the_retention_period()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var id = await app.ApplyWithFileAsync(org, job.Id, Requests.ApplicationForm());

        var events = await OutboxAsync(org.Id);
        var submitted = Assert.Single(events, m => m.Type == EventCatalog.ApplicationSubmitted);
        Assert.Equal((id.ToString(), MessageChannel.Event, (DateTimeOffset?)null), (submitted.Subject, submitted.Channel, submitted.SentAt));
        Assert.Equal(job.Id, JsonDocument.Parse(submitted.Data).RootElement.GetProperty("job_id").GetGuid());
        Assert.DoesNotContain(events, m => m.Channel == MessageChannel.Work);

        for (var i = 0; (await OutboxAsync(org.Id)).Any(m => m.Type == EventCatalog.ApplicationSubmitted); i++)
        {
            if (i == 200) throw new TimeoutException("The event was never pruned.");
            await Task.Delay(100);
        }
    }

    async Task<List<OutboxMessage>> OutboxAsync(Guid orgId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.OrganizationId == orgId).ToListAsync();
    }
}
