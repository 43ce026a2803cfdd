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
            foreach (var block in section.Blocks)
            {
                var line = document.TextOf(block);
                var colon = line.IndexOf(':');
                var label = colon is > 0 and <= 40 ? line[..colon].Trim() : null;
                var skills = taxonomy.FindDistinct(label is null ? line : line[(colon + 1)..]);
                foreach (var skill in skills)
                {
                    var category = label ?? skill.Category;
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
        }

        return groups.Select(group => new TechStackGroup(group.Category, group.Skills)).ToList();
    }
}
