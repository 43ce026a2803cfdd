using OpenHire.Analysis.Postings.Document;
using OpenHire.Analysis.Skills;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads the tech stack section: "Databases: PostgreSQL, Redis" lines keep the posting's own label; other
/// lines are grouped by the taxonomy's category of each skill.
/// </summary>
internal static class TechStackReader
{
    public static IReadOnlyList<TechStackGroup> Read(SectionedDocument document, SkillTaxonomy taxonomy)
    {
        var groups = new List<(string Category, List<Skill> Skills)>();
        foreach (var section in document.OfKind(SectionKind.TechStack))
        {
            if (section.Blocks.Count == 0)
            {
                continue;
            }

            // One pass of the matcher over the section; each match then goes to the line it sits on.
            var start = section.Blocks[0].Start;
            var matches = taxonomy.Find(document.Text[start..section.End]);
            foreach (var block in section.Blocks)
            {
                var line = document.TextOf(block);
                var colon = line.IndexOf(':');
                var label = colon is > 0 and <= 40 ? line[..colon].Trim() : null;
                var skillsStart = block.Start + (label is null ? 0 : colon + 1);
                foreach (var match in matches.Where(match => match.Start + start >= skillsStart && match.End + start <= block.End))
                {
                    Add(groups, label ?? match.Skill.Category, match.Skill);
                }
            }
        }

        return groups.Select(group => new TechStackGroup(group.Category, group.Skills)).ToList();
    }

    private static void Add(List<(string Category, List<Skill> Skills)> groups, string category, Skill skill)
    {
        var group = groups.FirstOrDefault(existing => existing.Category == category);
        if (group.Skills is null)
        {
            group = (category, []);
            groups.Add(group);
        }

        if (!group.Skills.Contains(skill))
        {
            group.Skills.Add(skill);
        }
    }
}
