namespace OpenHire.Features.Jobs;

/// <summary>Lengths and counts a job may have: enforced by validation and by the schema alike.</summary>
public static class JobLimits
{
    public const int Title = 200;
    public const int ShortText = 200;
    public const int LongText = 20_000;
    public const int ListItems = 100;
    public const int ListItem = 2_000;
    public const int SkillName = 100;
}
