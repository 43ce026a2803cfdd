using System.Text.RegularExpressions;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>Words that make a phrase a job title: "Engineer", "Nurse", "Driver", "Intern".</summary>
internal static partial class RoleWords
{
    public static bool ContainsRole(ReadOnlySpan<char> text) => Role().IsMatch(text);

    [GeneratedRegex(@"\b(engineers?|developers?|programmer|architect|manager|director|lead|head of|vp|vice president|president|officer|chief|cto|ceo|cfo|coo|designer|analyst|scientist|researcher|specialist|consultant|coordinator|assistant|associate|administrator|technician|technologist|intern|internship|co-?op|representative|agent|advisor|adviser|nurse|apn|rn|lpn|physician|doctor|therapist|pharmacist|driver|operator|mechanic|electrician|plumber|welder|carpenter|teacher|instructor|professor|faculty|tutor|lecturer|organi[sz]er|chemist|biologist|accountant|bookkeeper|auditor|clerk|cashier|receptionist|cook|chef|server|bartender|barista|writer|editor|marketer|recruiter|generalist|strategist|counsel|attorney|lawyer|paralegal|sre|devops|dba|fellow|apprentice|trainee|worker|laborer|supervisor|superintendent|foreman|inspector|planner|buyer|estimator|dispatcher|caregiver|aide|practitioner|midwife|dentist|hygienist|veterinarian|surgeon|paramedic|emt|guard|producer|artist|animator|photographer|videographer|translator|interpreter|coach|trainer|counselor|social worker|librarian|curator|owner|expert|member|staff|principal|partner)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();
}
