using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates;
using OpenHire.Features.Candidates.Notes;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;
using OpenHire.Features.Pipelines;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Messaging;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Data;

sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> e)
    {
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.Slug).HasMaxLength(64);
        e.HasIndex(o => o.Slug).IsUnique();
    }
}

sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(j => j.OrganizationId);
        e.HasIndex(j => new { j.OrganizationId, j.Status });
        e.HasOne<AppUser>().WithMany().HasForeignKey(j => j.HiringManagerId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(j => new { j.HiringManagerId, j.Id });
        e.Property(j => j.Title).HasMaxLength(JobLimits.Title);
        e.Property(j => j.Department).HasMaxLength(JobLimits.ShortText);
        e.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(j => j.WorkplaceType).HasConversion<string>().HasMaxLength(16);
        e.Property(j => j.EmploymentType).HasConversion<string>().HasMaxLength(16);
        e.OwnsMany(j => j.TechStack, b => b.ToJson());
        e.OwnsMany(j => j.Locations, b => b.ToJson());
        e.OwnsOne(j => j.Salary, b =>
        {
            b.ToJson();
            b.Property(s => s.Period).HasConversion<string>();
        });
        e.OwnsOne(j => j.Education, b =>
        {
            b.ToJson();
            b.Property(x => x.Level).HasConversion<string>();
        });
        e.OwnsOne(j => j.HowToApply, b =>
        {
            b.ToJson();
            b.Property(h => h.CoverLetter).HasConversion<string>();
        });
    }
}

sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId);
        // The race between two submissions from one person is settled here, not by a prior lookup.
        e.HasIndex(c => new { c.OrganizationId, c.NormalizedEmail }).IsUnique();
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Email).HasMaxLength(320);
        e.Property(c => c.NormalizedEmail).HasMaxLength(320);
        e.Property(c => c.Phone).HasMaxLength(40);
        e.Property(c => c.Location).HasMaxLength(200);
        e.Property(c => c.MatchEmail).HasMaxLength(320);
        e.Property(c => c.NormalizedPhone).HasMaxLength(20);
        // Possible duplicates: the same mailbox or the same number within an organization.
        e.HasIndex(c => new { c.OrganizationId, c.MatchEmail });
        e.HasIndex(c => new { c.OrganizationId, c.NormalizedPhone });
        e.HasOne<Candidate>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.NoAction);
    }
}

sealed class CandidateNoteConfiguration : IEntityTypeConfiguration<CandidateNote>
{
    public void Configure(EntityTypeBuilder<CandidateNote> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(n => n.OrganizationId);
        e.HasOne<Candidate>().WithMany().HasForeignKey(n => n.CandidateId);
        e.HasOne<Application>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(n => new { n.OrganizationId, n.CandidateId, n.Id });
        e.Property(n => n.AuthorName).HasMaxLength(200);
        e.Property(n => n.Body).HasMaxLength(NoteLimits.Body);
    }
}

sealed class NoteMentionConfiguration : IEntityTypeConfiguration<NoteMention>
{
    public void Configure(EntityTypeBuilder<NoteMention> e)
    {
        e.HasOne<CandidateNote>().WithMany().HasForeignKey(m => m.NoteId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(m => new { m.NoteId, m.UserId }).IsUnique();
        e.HasIndex(m => new { m.OrganizationId, m.UserId, m.Id });
    }
}

sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
        e.HasIndex(t => new { t.OrganizationId, t.NormalizedName }).IsUnique();
        e.Property(t => t.Name).HasMaxLength(TagLimits.Name);
        e.Property(t => t.NormalizedName).HasMaxLength(TagLimits.Name);
    }
}

sealed class CandidateTagConfiguration : IEntityTypeConfiguration<CandidateTag>
{
    public void Configure(EntityTypeBuilder<CandidateTag> e)
    {
        e.HasKey(t => new { t.CandidateId, t.TagId });
        e.HasOne<Candidate>().WithMany().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Tag>().WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(t => new { t.OrganizationId, t.TagId });
    }
}

sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId);
        e.HasOne<Job>().WithMany().HasForeignKey(a => a.JobId);
        e.HasOne<Candidate>().WithMany().HasForeignKey(a => a.CandidateId);
        e.HasIndex(a => new { a.JobId, a.CandidateId }).IsUnique();
        e.HasIndex(a => new { a.OrganizationId, a.JobId, a.Id });
        e.HasIndex(a => new { a.OrganizationId, a.CandidateId });
        e.OwnsOne(a => a.Resume, b => b.ToJson());
        e.OwnsOne(a => a.CoverLetterFile, b => b.ToJson());
        e.HasIndex(a => new { a.JobId, a.FitScore });
        e.Property(a => a.ResumeStatus).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.IdentityRevealedBy).HasMaxLength(200);
        e.Property(a => a.ResumeError).HasMaxLength(1000);
        e.Property(a => a.CurrentTitle).HasMaxLength(FitScoring.MaxTitleLength);
        // Organization-wide search walks applications newest first.
        e.HasIndex(a => new { a.OrganizationId, a.Id });
        e.Property(a => a.ParsedProfile).HasConversion(JsonColumn.Converter<ResumeProfile>(), JsonColumn.Comparer<ResumeProfile>());
        e.Property(a => a.Corrections).HasConversion(JsonColumn.Converter<ProfileCorrection>(), JsonColumn.Comparer<ProfileCorrection>());
        // Stages and reasons are kept for history, never deleted from under an application.
        e.HasOne<PipelineStage>().WithMany().HasForeignKey(a => a.StageId).OnDelete(DeleteBehavior.NoAction);
        e.HasOne<RejectionReason>().WithMany().HasForeignKey(a => a.OutcomeReasonId).OnDelete(DeleteBehavior.NoAction);
        // The board: counts per stage and each column's best fits.
        e.HasIndex(a => new { a.JobId, a.StageId, a.FitScore });
        e.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
    }
}

sealed class ApplicationSkillConfiguration : IEntityTypeConfiguration<ApplicationSkill>
{
    public void Configure(EntityTypeBuilder<ApplicationSkill> e)
    {
        e.HasKey(s => new { s.ApplicationId, s.NormalizedSkill });
        e.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.OrganizationId, s.NormalizedSkill, s.Years });
        e.HasIndex(s => new { s.JobId, s.NormalizedSkill, s.Years });
        e.Property(s => s.Skill).HasMaxLength(100);
        e.Property(s => s.NormalizedSkill).HasMaxLength(100);
    }
}

sealed class QueuedWorkConfiguration : IEntityTypeConfiguration<QueuedWork>
{
    public void Configure(EntityTypeBuilder<QueuedWork> e)
    {
        e.HasIndex(w => new { w.FailedAt, w.NotBefore });
        e.HasIndex(w => w.ClaimToken);
        e.Property(w => w.Kind).HasMaxLength(64);
        e.Property(w => w.LastError).HasMaxLength(2000);
    }
}

sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(k => k.OrganizationId);
        e.HasIndex(k => k.Prefix).IsUnique();
        // Removing a member removes their personal keys.
        e.HasOne<AppUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        e.Property(k => k.Name).HasMaxLength(100);
        e.Property(k => k.Prefix).HasMaxLength(12);
    }
}

sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId);
        e.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> e)
    {
        e.HasIndex(m => new { m.SentAt, m.ClaimedUntil });
        e.HasIndex(m => m.ClaimToken);
        e.Property(m => m.ToAddress).HasMaxLength(320);
        e.Property(m => m.Subject).HasMaxLength(300);
        e.Property(m => m.TemplateKind).HasMaxLength(32);
        e.Property(m => m.Attachments).HasConversion(JsonColumn.Converter<List<OutboxAttachment>>(), JsonColumn.Comparer<List<OutboxAttachment>>());
        e.HasIndex(m => m.ApplicationId);
    }
}

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.HasIndex(m => new { m.SentAt, m.ClaimedUntil });
        e.HasIndex(m => m.ClaimToken);
        e.HasIndex(m => m.OccurredAt);
        e.Property(m => m.Type).HasMaxLength(128);
        e.Property(m => m.Subject).HasMaxLength(128);
        e.Property(m => m.LastError).HasMaxLength(2000);
    }
}

sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> e)
    {
        // The key is the deduplication: a second insert of one message for one consumer fails.
        e.HasKey(p => new { p.Consumer, p.MessageId });
        e.HasIndex(p => p.ProcessedAt);
        e.Property(p => p.Consumer).HasMaxLength(128);
    }
}
