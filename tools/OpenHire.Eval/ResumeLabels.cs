using System.Text.Json.Serialization;
using OpenHire.Analysis.Resumes.Extraction;
using OpenHire.Analysis.Resumes.Profile;

namespace OpenHire.Eval;

/// <summary>The resume label format of shared/corpus/README.md, used both to read labels and to write predictions.</summary>
public sealed record ResumeLabel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("links")] IReadOnlyList<string> Links,
    [property: JsonPropertyName("work")] IReadOnlyList<ResumeWorkLabel> Work,
    [property: JsonPropertyName("education")] IReadOnlyList<ResumeEducationLabel> Education,
    [property: JsonPropertyName("skills")] IReadOnlyList<string> Skills)
{
    public static ResumeLabel FromProfile(string id, string fileName, ResumeFileFormat format, ResumeProfile profile) => new(
        id, fileName, FormatName(format), profile.Name, profile.Email, profile.Phone?.AsWritten, profile.Location, profile.Links,
        profile.Work.Select(w => new ResumeWorkLabel(w.Company, w.Title, w.Start?.ToString(), w.IsCurrent ? "present" : w.End?.ToString())).ToList(),
        profile.Education.Select(e => new ResumeEducationLabel(e.Institution, e.Degree, e.Field, e.IsOngoing ? "present" : e.End?.ToString())).ToList(),
        profile.Skills.Select(s => s.Name).ToList());

    private static string? FormatName(ResumeFileFormat format) => format switch
    {
        ResumeFileFormat.Pdf => "pdf",
        ResumeFileFormat.Docx => "docx",
        ResumeFileFormat.PlainText => "txt",
        ResumeFileFormat.Markdown => "md",
        ResumeFileFormat.Html => "html",
        _ => null,
    };
}

public sealed record ResumeWorkLabel(
    [property: JsonPropertyName("company")] string? Company,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("start")] string? Start,
    [property: JsonPropertyName("end")] string? End);

public sealed record ResumeEducationLabel(
    [property: JsonPropertyName("institution")] string? Institution,
    [property: JsonPropertyName("degree")] string? Degree,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("end")] string? End);
