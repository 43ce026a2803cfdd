namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>The posting OpenHire was born from, found in shared/ beside or above the repository.</summary>
public static class SeedPosting
{
    public static string Text()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seed", "senior-backend-engineer.txt");
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException("shared/seed/senior-backend-engineer.txt was not found above " + AppContext.BaseDirectory);
    }
}
