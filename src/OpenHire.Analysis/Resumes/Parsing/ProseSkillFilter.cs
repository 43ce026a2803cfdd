using System.Text.RegularExpressions;
using OpenHire.Analysis.Resumes.Skills;

namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>
/// Decides which vocabulary matches in running prose count as the candidate's skills. Broad fields
/// ("software development", "e-commerce") describe the work or the employer rather than a skill the
/// candidate claims, so in prose they count only when a skills section lists them too.
/// </summary>
internal static partial class ProseSkillFilter
{
    private static readonly HashSet<string> BroadFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "Software development", "Software engineering", "Web application development", "Web development",
        "Computer science", "Research", "Teaching", "Open source", "Scalability", "Optimization", "Monitoring",
        "E-commerce", "Algorithms", "Budgeting", "Payments", "Fintech", "SaaS", "Code review", "Debugging",
        "Version control", "Data science", "Full stack development", "Cloud computing", "Storage systems",
        "Product management", "Mathematics", "Trading", "Caching", "Command line", "Security compliance",
        "Auditing", "Procurement", "Marketing", "Sales", "Customer success", "Expert systems", "Chatbots",
        "Investment banking", "Retail operations", "Nursing", "Engineering", "Design", "Writing", "Management",
        "High availability", "Load testing", "Routing and switching", "Fraud prevention", "Data visualization",
        "Social media content creation", "Microsoft Project", "Artificial intelligence", "Inventory management",
        "Documentation", "Communication", "Leadership", "Consulting", "Training", "Operations", "Analytics",
        "Automation", "Testing", "Architecture", "Infrastructure", "Networking", "Security", "Reporting",
    };

    public static bool CountsInProse(SkillMention mention, string text) =>
        !BroadFields.Contains(mention.Canonical) && !IsSeasonDate(mention, text);

    // "Spring 2014" is a term, not the Java framework.
    private static bool IsSeasonDate(SkillMention mention, string text)
    {
        var word = text.AsSpan(mention.Index, mention.Length);
        if (!word.Equals("spring", StringComparison.OrdinalIgnoreCase) && !word.Equals("fall", StringComparison.OrdinalIgnoreCase)) return false;
        return FollowingYear().IsMatch(text.AsSpan(mention.Index + mention.Length));
    }

    [GeneratedRegex(@"^\s*'?(\d{2}|\d{4})\b")]
    private static partial Regex FollowingYear();
}
