using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Scorecards;

sealed class InterviewKitConfiguration : IEntityTypeConfiguration<InterviewKit>
{
    public void Configure(EntityTypeBuilder<InterviewKit> e)
    {
        e.HasKey(k => k.JobId);
        e.HasOne<Job>().WithOne().HasForeignKey<InterviewKit>(k => k.JobId).OnDelete(DeleteBehavior.Cascade);
        e.Property(k => k.Competencies).HasConversion(JsonColumn.Converter<List<Competency>>()!, JsonColumn.Comparer<List<Competency>>()!);
    }
}

sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> e)
    {
        e.HasOne<Application>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // One scorecard per interviewer per application; a second submission replaces the first.
        e.HasIndex(s => new { s.ApplicationId, s.InterviewerId }).IsUnique();
        e.Property(s => s.InterviewerName).HasMaxLength(ScorecardLimits.Name);
        e.Property(s => s.Notes).HasMaxLength(ScorecardLimits.Notes);
        e.Property(s => s.Recommendation).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.Ratings).HasConversion(JsonColumn.Converter<List<CompetencyRating>>()!, JsonColumn.Comparer<List<CompetencyRating>>()!);
    }
}
