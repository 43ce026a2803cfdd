using System.Globalization;
using OpenHire.Analysis.Skills;
using OpenHire.Features.Applications;
using OpenHire.Features.Resumes;

namespace OpenHire.Features.Search;

public enum SearchSort
{
    /// <summary>Candidates whose latest matching application is newest come first.</summary>
    Newest,

    /// <summary>Best text match first (needs words to search for); slower when a word is in most resumes.</summary>
    Relevance,
}

/// <summary>
/// One organization-wide candidate search: words to find, and filters every matching application
/// must pass.
/// </summary>
public sealed record CandidateSearchQuery
{
    public SearchText? Text { get; init; }

    /// <summary>Skill keys as the skill rows store them, each with the years asked for (0: has the skill at all).</summary>
    public IReadOnlyList<SkillYears> Skills { get; init; } = [];

    /// <summary>Words that start words of the title of the job applied to or of the candidate's current job ("data sci"), any case.</summary>
    public SearchTerm? Title { get; init; }

    /// <summary>Words that start words of the candidate's location ("san fran", "berlin"), any case.</summary>
    public SearchTerm? Location { get; init; }

    public Guid? JobId { get; init; }

    /// <summary>First and last day of application (UTC), both included.</summary>
    public DateOnly? AppliedFrom { get; init; }

    public DateOnly? AppliedTo { get; init; }
    public ResumeStatus? ResumeStatus { get; init; }

    /// <summary>
    /// The application's current stage, by name across every job ("Onsite", any case) or by one
    /// job's stage id.
    /// </summary>
    public string? StageName { get; init; }

    public Guid? StageId { get; init; }

    /// <summary>Still in the pipeline, or ended: rejected or withdrawn.</summary>
    public ApplicantStatus? Status { get; init; }

    public SearchSort Sort { get; init; }

    public const int MaxSkills = 10;
    public const int MaxFilterLength = 200;

    /// <summary>Reads the query string's values; null with <paramref name="errors"/> filled when any is wrong.</summary>
    public static CandidateSearchQuery? TryParse(
        string? q, string[]? skills, string? title, string? location, string? jobId, string? appliedFrom, string? appliedTo,
        string? resumeStatus, string? sort, Dictionary<string, string[]> errors, string? stage = null, string? applicationStatus = null)
    {
        if (q?.Length > SearchText.MaxLength) errors["q"] = [$"Search for at most {SearchText.MaxLength} characters."];
        var text = errors.ContainsKey("q") ? null : SearchText.Parse(q);
        if (text is { HasRequiredTerms: false }) errors["q"] = ["Add a word to look for: a search of only excluded words (-word) would match almost everyone."];
        var skillYears = new List<SkillYears>();
        foreach (var item in (skills ?? []).Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (TryParseSkill(item, out var parsed)) skillYears.Add(parsed);
            else errors["skill"] = [$"\"{Cut(item)}\" is not a skill with optional minimum years, e.g. python or python:5."];
        }
        if (skillYears.Count > MaxSkills) errors["skill"] = [$"At most {MaxSkills} skills."];
        if (title?.Length > MaxFilterLength) errors["title"] = [$"At most {MaxFilterLength} characters."];
        if (location?.Length > MaxFilterLength) errors["location"] = [$"At most {MaxFilterLength} characters."];
        Guid? job = null;
        if (!string.IsNullOrWhiteSpace(jobId))
        {
            if (Guid.TryParse(jobId, out var id)) job = id;
            else errors["job_id"] = ["Not a job id."];
        }
        var from = ParseDate(appliedFrom, "applied_from", errors);
        var to = ParseDate(appliedTo, "applied_to", errors);
        if (from > to) errors["applied_to"] = ["applied_to is before applied_from."];
        if (!EnumText.TryParse<ResumeStatus>(resumeStatus, out var status)) errors["resume_status"] = EnumText.Expected<ResumeStatus>();
        stage = string.IsNullOrWhiteSpace(stage) ? null : stage.Trim();
        if (stage?.Length > MaxFilterLength) errors["stage"] = [$"At most {MaxFilterLength} characters."];
        Guid? stageId = Guid.TryParse(stage, out var sid) ? sid : null;
        if (!EnumText.TryParse<ApplicantStatus>(applicationStatus, out var state)) errors["status"] = EnumText.Expected<ApplicantStatus>();
        if (!EnumText.TryParse<SearchSort>(sort, out var order)) errors["sort"] = EnumText.Expected<SearchSort>();
        if (order == SearchSort.Relevance && text is null && !errors.ContainsKey("q")) errors["sort"] = ["Sorting by relevance needs words to search for (q)."];
        if (errors.Count > 0) return null;
        return new CandidateSearchQuery
        {
            Text = text,
            Skills = skillYears,
            Title = Words(title),
            Location = Words(location),
            JobId = job,
            AppliedFrom = from,
            AppliedTo = to,
            ResumeStatus = status,
            StageId = stageId,
            StageName = stageId is null ? stage : null,
            Status = state,
            Sort = order ?? SearchSort.Newest,
        };
    }

    /// <summary>"python" (has it) or "python:5" (at least five years), through the taxonomy: "k8s:2" is Kubernetes.</summary>
    static bool TryParseSkill(string item, out SkillYears parsed)
    {
        parsed = new SkillYears("", 0);
        var colon = item.LastIndexOf(':');
        var name = SearchTerm.WithoutControlCharacters(colon < 0 ? item : item[..colon]);
        var years = 0.0;
        if (colon >= 0 && !(double.TryParse(item[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out years) && years is >= 0 and <= 60))
            return false;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) return false;
        // The key skill rows are stored under: the canonical name, lower-cased (as ApplicantFilter does).
        parsed = new SkillYears(ApplicationSkill.Normalize(SkillTaxonomy.Default.Canonicalize(name)), years);
        return true;
    }

    static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = ["Use a date as yyyy-mm-dd."];
        return null;
    }

    /// <summary>The words of a filter; null when it has no letters or digits, which is no filter.</summary>
    static SearchTerm? Words(string? text) => string.IsNullOrWhiteSpace(text) ? null : SearchTerm.From(text, quoted: true);

    static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>True when nothing narrows the search: every candidate, newest first.</summary>
    public bool IsEmpty => Text is null && Skills.Count == 0 && Title is null && Location is null && JobId is null
        && AppliedFrom is null && AppliedTo is null && ResumeStatus is null && StageId is null && StageName is null && Status is null;
}
