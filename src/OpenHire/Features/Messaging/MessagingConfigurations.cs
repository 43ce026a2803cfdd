using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenHire.Features.Applications;
using OpenHire.Features.Offers;
using OpenHire.Features.Organizations;
using OpenHire.Features.Status;

namespace OpenHire.Features.Messaging;

sealed class EmailTemplateConfiguration : IEntityTypeConfiguration<EmailTemplate>
{
    public void Configure(EntityTypeBuilder<EmailTemplate> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId);
        e.HasIndex(t => new { t.OrganizationId, t.Kind }).IsUnique();
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(t => t.Subject).HasMaxLength(EmailTemplates.MaxSubject);
    }
}

sealed class EmailRuleConfiguration : IEntityTypeConfiguration<EmailRule>
{
    public void Configure(EntityTypeBuilder<EmailRule> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId);
        e.HasIndex(r => r.OrganizationId);
        e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Template).HasConversion<string>().HasMaxLength(32);
        e.Property(r => r.StageName).HasMaxLength(100);
    }
}

sealed class StatusLinkConfiguration : IEntityTypeConfiguration<StatusLink>
{
    public void Configure(EntityTypeBuilder<StatusLink> e)
    {
        e.HasOne<Application>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(l => l.TokenHash).IsUnique();
        e.Property(l => l.TokenHash).HasMaxLength(32);
    }
}

sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> e)
    {
        e.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId);
        e.HasOne<Application>().WithMany().HasForeignKey(o => o.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(o => o.ApplicationId);
        // Two steps taken at once: the second finds the state changed and gets 409.
        e.Property(o => o.State).HasConversion<string>().HasMaxLength(24).IsConcurrencyToken();
        e.Property(o => o.Period).HasConversion<string>().HasMaxLength(16);
        e.Property(o => o.Currency).HasMaxLength(3);
        e.Property(o => o.SalaryAmount).HasPrecision(14, 2);
        e.Property(o => o.CreatedBy).HasMaxLength(200);
        e.Property(o => o.ApproverName).HasMaxLength(200);
        e.Property(o => o.AnsweredBy).HasMaxLength(200);
    }
}
