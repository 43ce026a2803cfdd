namespace OpenHire.Data.Sql;

/// <summary>
/// Data for the CandidateWorkspace migration, kept apart from the generated files. Candidates from
/// before it get their lower-cased email as the address duplicates are compared on; "+tags" and
/// Gmail dots are folded for candidates saved from now on, and phone numbers are compared from the
/// next save of the record (E.164 needs libphonenumber, not SQL).
/// </summary>
public static class CandidateWorkspaceSql
{
    public const string BackfillMatchEmail = """UPDATE "Candidates" SET "MatchEmail" = "NormalizedEmail" WHERE "MatchEmail" = ''""";
}
