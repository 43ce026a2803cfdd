using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Candidates.Notes;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Interviews;
using OpenHire.Features.Jobs;
using OpenHire.Features.Messaging;
using OpenHire.Features.Offers;
using OpenHire.Features.Status;
using OpenHire.Features.Organizations;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;
using OpenHire.Features.Scorecards;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Messaging;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Data;

/// <summary>
/// The one database of OpenHire. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<QueuedWork> QueuedWork => Set<QueuedWork>();
    public DbSet<ApplicationSkill> ApplicationSkills => Set<ApplicationSkill>();
    public DbSet<PipelineStage> PipelineStages => Set<PipelineStage>();
    public DbSet<PipelineTemplate> PipelineTemplates => Set<PipelineTemplate>();
    public DbSet<RejectionReason> RejectionReasons => Set<RejectionReason>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<CandidateNote> CandidateNotes => Set<CandidateNote>();
    public DbSet<NoteMention> NoteMentions => Set<NoteMention>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<CandidateTag> CandidateTags => Set<CandidateTag>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<EmailTemplate> EmailTemplates => Set<EmailTemplate>();
    public DbSet<EmailRule> EmailRules => Set<EmailRule>();
    public DbSet<StatusLink> StatusLinks => Set<StatusLink>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<InterviewParticipant> InterviewParticipants => Set<InterviewParticipant>();
    public DbSet<InterviewKit> InterviewKits => Set<InterviewKit>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
