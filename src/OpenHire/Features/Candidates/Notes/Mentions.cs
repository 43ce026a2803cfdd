using System.Text.RegularExpressions;

namespace OpenHire.Features.Candidates.Notes;

/// <summary>A team member as notes can mention them, and the handles that name them.</summary>
public sealed record TeamMember(Guid UserId, string Name, string Email)
{
    /// <summary>"@ada" (the email's local part) and "@adalovelace" (the name without spaces or punctuation).</summary>
    public IEnumerable<string> Handles()
    {
        var at = Email.IndexOf('@');
        if (at > 0) yield return Email[..at].ToLowerInvariant();
        var squashed = new string([.. Name.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
        if (squashed.Length > 0) yield return squashed;
    }
}

/// <summary>A piece of a note as shown: plain text, or a mention of a team member.</summary>
public sealed record NoteSegment(string Text, Guid? MentionedUserId);

/// <summary>
/// "@handle" in a note's plain text: a handle is letters, digits, dots, dashes and underscores
/// after an "@" that does not follow a letter or digit (so emails are not mentions). A handle
/// that names no team member, or names more than one, stays plain text.
/// </summary>
public static partial class Mentions
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)")]
    private static partial Regex Handle();

    /// <summary>The note cut into text and resolved mentions, in order.</summary>
    public static List<NoteSegment> Split(string body, IReadOnlyList<TeamMember> team)
    {
        var byHandle = Index(team);
        var segments = new List<NoteSegment>();
        var last = 0;
        foreach (Match m in Handle().Matches(body))
        {
            if (!byHandle.TryGetValue(m.Groups[1].Value.ToLowerInvariant(), out var member)) continue;
            if (m.Index > last) segments.Add(new(body[last..m.Index], null));
            segments.Add(new(m.Value, member.UserId));
            last = m.Index + m.Length;
        }
        if (last < body.Length) segments.Add(new(body[last..], null));
        return segments;
    }

    /// <summary>The team members a note mentions, each once.</summary>
    public static List<TeamMember> Resolve(string body, IReadOnlyList<TeamMember> team)
    {
        var ids = Split(body, team).Select(s => s.MentionedUserId).OfType<Guid>().ToHashSet();
        return [.. team.Where(t => ids.Contains(t.UserId))];
    }

    /// <summary>Handle → member, leaving out handles two members share: an ambiguous mention names nobody.</summary>
    static Dictionary<string, TeamMember> Index(IReadOnlyList<TeamMember> team) =>
        team.SelectMany(t => t.Handles().Distinct().Select(h => (Handle: h, Member: t)))
            .GroupBy(x => x.Handle)
            .Where(g => g.Select(x => x.Member.UserId).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Member);
}
