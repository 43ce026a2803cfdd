namespace OpenHire.Features.Resumes;

/// <summary>
/// A skill an application's (corrected) profile shows, with years of use: the indexed form of the
/// profile that "must have Kafka, at least 5 years of Python" filters query. Skills a shown skill
/// implies are rows too (EKS experience is Kubernetes experience).
/// </summary>
public sealed class ApplicationSkill
{
    public Guid ApplicationId { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid JobId { get; init; }
    public required string Skill { get; init; }

    /// <summary>Lower-cased <see cref="Skill"/>, what filters compare against.</summary>
    public required string NormalizedSkill { get; init; }

    public double Years { get; set; }

    public static string Normalize(string skill) => skill.Trim().ToLowerInvariant();
}
