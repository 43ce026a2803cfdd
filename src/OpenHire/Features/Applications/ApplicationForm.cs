using System.Net.Mail;
using OpenHire.Features.Jobs;
using OpenHire.Infrastructure;

namespace OpenHire.Features.Applications;

/// <summary>What a candidate sends, from the careers form or the public API (multipart, same field names).</summary>
public sealed record ApplicationForm(
    string? Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links,
    IFormFile? Resume, IFormFile? CoverLetter, string? CoverLetterText, bool Consent)
{
    public const int MaxLinks = 5;
    public const int MaxCoverLetterText = 20_000;

    public static ApplicationForm From(IFormCollection form) => new(
        form["name"], form["email"], form["phone"], form["location"],
        form["links"].SelectMany(l => (l ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        form.Files.GetFile("resume"), form.Files.GetFile("cover_letter"), form["cover_letter_text"],
        form["consent"].ToString() is "true" or "on" or "yes");

    /// <summary>Per-field problems with the typed fields; the files are checked by <see cref="DocumentCheck"/>.</summary>
    public Dictionary<string, string[]> Validate(HowToApply howToApply)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Name)) errors.Add("name", "Please give your name.");
        errors.MaxLength("name", Name, 200);
        if (string.IsNullOrWhiteSpace(Email)) errors.Add("email", "Please give your email address.");
        else if (Email.Length > 320 || !MailAddress.TryCreate(Email.Trim(), out var address) || address.Address != Email.Trim() || !address.Host.Contains('.'))
            errors.Add("email", "This does not look like an email address, e.g. jane@example.com.");
        if (Phone is { Length: > 0 } && (Phone.Length > 40 || !Phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.')))
            errors.Add("phone", "Use digits, spaces and + - ( ) only, at most 40 characters.");
        errors.MaxLength("location", Location, 200);
        if (Links.Count > MaxLinks) errors.Add("links", $"At most {MaxLinks} links.");
        foreach (var link in Links)
            if (link.Length > 500 || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                errors.Add("links", $"\"{Truncate(link)}\" is not a web address starting with https://.");
        errors.MaxLength("cover_letter_text", CoverLetterText, MaxCoverLetterText);
        if (CoverLetter is not null && !string.IsNullOrWhiteSpace(CoverLetterText))
            errors.Add("cover_letter", "Send the cover letter as text or as a file, not both.");
        if (howToApply.ResumeRequired && Resume is null) errors.Add("resume", "Please attach your resume (PDF, DOCX or TXT, up to 10 MB).");
        if (howToApply.CoverLetter == DocumentRequirement.Required && CoverLetter is null && string.IsNullOrWhiteSpace(CoverLetterText))
            errors.Add("cover_letter", "This job asks for a cover letter: write it or attach a file.");
        if (!Consent) errors.Add("consent", "We can only process your application with your consent to handling your data.");
        return errors.ToDictionary();
    }

    static string Truncate(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
