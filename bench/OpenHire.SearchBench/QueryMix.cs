using OpenHire.Features.Search;

namespace OpenHire.SearchBench;

/// <summary>The kinds of search a recruiter runs, each with its parameters drawn at random.</summary>
static class QueryMix
{
    static readonly string[] CommonWords = ["python", "javascript", "sql", "java", "aws", "docker", "platform", "pipeline", "latency", "engineer"];
    static readonly string[] Phrases = ["\"data pipeline\"", "\"search service\"", "\"site reliability\"", "\"payments platform\"", "\"machine learning\""];
    static readonly string[] Prefixes = ["kube*", "postg*", "terra*", "elastic*", "micro*", "observ*"];
    static readonly string[] SkillFilters = ["python:3", "java:5", "kubernetes:2", "kafka:1", "react:4", "terraform", "go:2", "snowflake"];
    static readonly string[] Locations = ["berlin", "san francisco", "new york", "reykjav", "lagos", ", ca", "kraków"];
    static readonly string[] RareSkills = ["rust", "scala", "haskell", "elixir", "cobol", "fortran"];
    static readonly string[] TitleFilters = ["data scientist", "engineer", "platform", "manager"];
    static readonly string[] Stages = ["Applied", "Screen", "Technical interview", "Onsite", "Offer", "Hired"];
    static readonly DateOnly LastDay = new(2026, 11, 28);

    /// <summary>A month somewhere in the generated two years.</summary>
    static (string From, string To) Month(Random r)
    {
        var from = LastDay.AddDays(-r.Next(30, 730));
        return (from.ToString("yyyy-MM-dd"), from.AddDays(30).ToString("yyyy-MM-dd"));
    }

    /// <summary>Kinds counted in the headline mix (the "text, text + skill, skill only, location"), and what each builds.</summary>
    public static readonly (string Kind, bool InMix, Func<Random, CandidateSearchQuery> Build)[] Kinds =
    [
        ("text, common word", true, r => Parse(q: Pick(r, CommonWords))),
        ("text, rare words", true, r => Parse(q: Pick(r, Words.LastNames) + " " + Pick(r, RareSkills))),
        ("text, two words", true, r => Parse(q: $"{Pick(r, CommonWords)} {Pick(r, CommonWords)}")),
        ("text, phrase", true, r => Parse(q: Pick(r, Phrases))),
        ("text, prefix", true, r => Parse(q: Pick(r, Prefixes))),
        ("text + skill filter", true, r => Parse(q: Pick(r, CommonWords), skill: Pick(r, SkillFilters))),
        ("skill filter only", true, r => Parse(skill: Pick(r, SkillFilters))),
        ("two skill filters", true, r => Parse(skill: Pick(r, SkillFilters), skill2: Pick(r, SkillFilters))),
        ("location", true, r => Parse(location: Pick(r, Locations))),
        ("title", true, r => Parse(title: Pick(r, TitleFilters))),
        ("text + location + skill", true, r => Parse(q: Pick(r, CommonWords), location: Pick(r, Locations), skill: Pick(r, SkillFilters))),
        ("stage", true, r => Parse(stage: Pick(r, Stages))),
        ("stage + active", true, r => Parse(stage: Pick(r, Stages), status: "active")),
        ("text + stage", true, r => Parse(q: Pick(r, CommonWords), stage: Pick(r, Stages))),
        ("date range (a month)", true, r => { var (f, t) = Month(r); return Parse(from: f, to: t); }),
        ("text + date range", true, r => { var (f, t) = Month(r); return Parse(q: Pick(r, CommonWords), from: f, to: t); }),
        ("skill + stage + date", true, r => { var (f, t) = Month(r); return Parse(skill: Pick(r, SkillFilters), stage: Pick(r, Stages), from: f, to: t); }),
        ("relevance, common word", false, r => Parse(q: Pick(r, CommonWords), sort: "relevance")),
        ("relevance, rare words", false, r => Parse(q: Pick(r, Words.LastNames) + " " + Pick(r, RareSkills), sort: "relevance")),
    ];

    /// <summary>Through the API's own parsing, as a request would be.</summary>
    static CandidateSearchQuery Parse(string? q = null, string? skill = null, string? skill2 = null, string? title = null, string? location = null,
        string? sort = null, string? stage = null, string? status = null, string? from = null, string? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        string[] skills = [.. new[] { skill, skill2 }.OfType<string>()];
        return CandidateSearchQuery.TryParse(q, skills, title, location, null, from, to, null, sort, errors, stage, status)
            ?? throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
    }

    static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}
