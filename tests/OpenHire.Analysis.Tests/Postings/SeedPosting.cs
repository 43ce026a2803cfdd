namespace OpenHire.Analysis.Tests.Postings;

/// <summary>Finds the project's seed posting in <c>shared/seed</c>, a sibling of the repository, by walking up from the test's folder.</summary>
internal static class SeedPosting
{
    public static string Read(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seed", fileName);
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException($"shared/seed/{fileName} was not found above {AppContext.BaseDirectory}.");
    }
}
