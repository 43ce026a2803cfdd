using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Interviews;

sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> e)
    {
        e.HasOne<Application>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Interviewers).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(i => new { i.ApplicationId, i.StartsAt });
        e.HasIndex(i => new { i.OrganizationId, i.StartsAt });
        e.Property(i => i.TimeZone).HasMaxLength(64);
        e.Property(i => i.Location).HasMaxLength(InterviewLimits.Place);
        e.Property(i => i.VideoLink).HasMaxLength(InterviewLimits.Link);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        e.Ignore(i => i.EndsAt);
        e.Ignore(i => i.CalendarUid);
    }
}

sealed class InterviewParticipantConfiguration : IEntityTypeConfiguration<InterviewParticipant>
{
    public void Configure(EntityTypeBuilder<InterviewParticipant> e)
    {
        e.HasKey(p => new { p.InterviewId, p.UserId });
        e.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        // "Which applications may this interviewer read?" is one index seek.
        e.HasIndex(p => new { p.UserId, p.ApplicationId });
    }
}
