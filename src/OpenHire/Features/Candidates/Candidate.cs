namespace OpenHire.Features.Candidates;

/// <summary>A person who applied, once per organization however many jobs they apply to.</summary>
public sealed class Candidate
{
    string? phone;
    string email = "";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string Name { get; set; }

    public required string Email
    {
        get => email;
        set
        {
            email = value;
            MatchEmail = CandidateIdentity.MatchEmail(value);
        }
    }

    /// <summary>Lower-cased, trimmed email: unique per organization.</summary>
    public required string NormalizedEmail { get; init; }

    /// <summary>The email as duplicates are compared: without "+tags", Gmail's dots and case.</summary>
    public string MatchEmail { get; private set; } = "";

    public string? Phone
    {
        get => phone;
        set
        {
            phone = value;
            NormalizedPhone = CandidateIdentity.E164(value);
        }
    }

    /// <summary>The phone number in E.164 ("+14155550100"), when it parses; duplicates are compared on it.</summary>
    public string? NormalizedPhone { get; private set; }

    public string? Location { get; set; }
    public List<string> Links { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when this candidate was merged into another: every application, note and tag moved there.</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTimeOffset? MergedAt { get; set; }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
