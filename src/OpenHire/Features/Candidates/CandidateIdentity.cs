using PhoneNumbers;

namespace OpenHire.Features.Candidates;

/// <summary>How two candidate records are recognized as one person: the same mailbox or the same phone number.</summary>
public static class CandidateIdentity
{
    static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Numbers written without a country code are read as North American, as resumes are.</summary>
    public const string DefaultRegion = "US";

    /// <summary>The phone number in E.164, or null when it is not a possible number.</summary>
    public static string? E164(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        try
        {
            var number = Phones.Parse(phone, DefaultRegion);
            return Phones.IsPossibleNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// The mailbox an address delivers to: lower-cased, without a "+tag", and for Gmail without dots,
    /// so "Ada.Lovelace+jobs@gmail.com" and "adalovelace@googlemail.com" match.
    /// </summary>
    public static string MatchEmail(string email)
    {
        var normalized = Candidate.Normalize(email);
        var at = normalized.LastIndexOf('@');
        if (at <= 0) return normalized;
        var (local, domain) = (normalized[..at], normalized[(at + 1)..]);
        var plus = local.IndexOf('+');
        if (plus > 0) local = local[..plus];
        if (domain is "gmail.com" or "googlemail.com") (local, domain) = (local.Replace(".", ""), "gmail.com");
        return $"{local}@{domain}";
    }
}
