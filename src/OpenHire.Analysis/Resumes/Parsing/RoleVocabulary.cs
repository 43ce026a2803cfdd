namespace OpenHire.Analysis.Resumes.Parsing;

/// <summary>Words that tell a job title from an organisation name, for "Title, Company" lines in either order.</summary>
internal static class RoleVocabulary
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "developer", "programmer", "manager", "intern", "internship", "analyst", "designer", "consultant",
        "director", "lead", "leader", "specialist", "scientist", "researcher", "member", "volunteer", "coach", "nurse",
        "architect", "founder", "cofounder", "co-founder", "officer", "assistant", "associate", "administrator",
        "technician", "teacher", "tutor", "supervisor", "representative", "strategist", "head", "president", "vp",
        "executive", "coordinator", "fellow", "contributor", "accountant", "advocate", "attorney", "lawyer", "clerk",
        "cashier", "owner", "partner", "chief", "cto", "ceo", "cfo", "coo", "sre", "devops", "instructor", "professor",
        "lecturer", "trainer", "recruiter", "agent", "operator", "mechanic", "electrician", "physician", "doctor",
        "pharmacist", "therapist", "writer", "editor", "producer", "photographer", "artist", "chef", "cook", "driver",
        "staff", "worker", "apprentice", "trainee", "freelancer", "tester", "qa", "auditor", "advisor", "adviser",
        "planner", "buyer", "marketer", "salesperson", "principal", "senior", "junior", "sr", "jr", "student",
        "postdoc", "postdoctoral", "ta", "ra", "secretary", "receptionist", "paralegal", "bookkeeper",
    };

    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh",
        "ag", "s.a.", "sa", "se", "s.a.s.", "bv", "b.v.", "group", "agency", "university", "college", "school", "lab",
        "labs", "laboratory", "hospital", "clinic", "center", "centre", "solutions", "technologies", "technology",
        "systems", "studio", "studios", "bank", "institute", "foundation", "association", "partners", "services",
        "consulting", "software", "command", "ministry", "department", "government", "council", "network",
        "media", "industries", "international", "enterprises", "holdings", "capital", "ventures", "health",
        "healthcare", "medical", "pharmaceuticals", "insurance", "bureau", "office", "society", "club", "academy",
        "store", "stores", "restaurant", "hotel", "market", "pay", "freelance", "self-employed", "ymca",
    };

    public static int TitleScore(string text) => Words(text).Count(TitleWords.Contains);

    public static int OrganizationScore(string text) => Words(text).Count(w => OrganizationWords.Contains(w));

    public static bool LooksLikeTitle(string text) => TitleScore(text) > 0;

    /// <summary>Titles end in the role noun ("Software Engineer", "Engineering Intern"); organisation names rarely do.</summary>
    public static bool EndsWithRoleNoun(string text) =>
        Words(Parenthetical(text)).LastOrDefault() is { } last && TitleWords.Contains(last) && !OrganizationWords.Contains(last);

    private static string Parenthetical(string text)
    {
        var open = text.IndexOf('(');
        return open > 0 ? text[..open] : text;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '/', '(', ')', '&', '|', '+', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(',', ':', ';'));
}
