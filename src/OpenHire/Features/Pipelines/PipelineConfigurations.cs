using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Organizations;

namespace OpenHire.Features.Pipelines;

sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId);
        // A job that never had applications may be deleted; its stages go with it.
        e.HasOne<Job>().WithMany().HasForeignKey(s => s.JobId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.JobId, s.Position });
        e.Property(s => s.Name).HasMaxLength(PipelineLimits.StageName);
    }
}

sealed class PipelineTemplateConfiguration : IEntityTypeConfiguration<PipelineTemplate>
{
    public void Configure(EntityTypeBuilder<PipelineTemplate> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
        e.HasIndex(t => new { t.OrganizationId, t.IsDefault });
        e.Property(t => t.Name).HasMaxLength(PipelineLimits.TemplateName);
    }
}

sealed class RejectionReasonConfiguration : IEntityTypeConfiguration<RejectionReason>
{
    public void Configure(EntityTypeBuilder<RejectionReason> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId);
        e.HasIndex(r => r.OrganizationId);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Text).HasMaxLength(PipelineLimits.ReasonText);
    }
}

sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> e)
    {
        e.HasOne<Application>().WithMany().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PipelineStage>().WithMany().HasForeignKey(v => v.FromStageId).OnDelete(DeleteBehavior.NoAction);
        e.HasOne<PipelineStage>().WithMany().HasForeignKey(v => v.ToStageId).OnDelete(DeleteBehavior.NoAction);
        e.HasOne<RejectionReason>().WithMany().HasForeignKey(v => v.ReasonId).OnDelete(DeleteBehavior.NoAction);
        // The timeline reads one application's events newest first.
        e.HasIndex(v => new { v.ApplicationId, v.Id });
        e.HasIndex(v => new { v.OrganizationId, v.At });
        e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(v => v.ActorName).HasMaxLength(200);
        e.Property(v => v.Note).HasMaxLength(PipelineLimits.Note);
    }
}

/// <summary>How long names and notes may be.</summary>
public static class PipelineLimits
{
    public const int StageName = 60;
    public const int TemplateName = 100;
    public const int ReasonText = 200;
    public const int Note = 2000;
    public const int Stages = 30;
    public const int BulkApplications = 500;
}
