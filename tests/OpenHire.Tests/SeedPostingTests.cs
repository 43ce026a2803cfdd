using OpenHire.Features.Demo;

namespace OpenHire.Tests;

/// <summary>The demo job is the seed posting OpenHire was born from, line for line.</summary>
public sealed class SeedPostingTests
{
    [Fact]
    public void Every_line_of_the_seed_posting_has_a_home_in_the_demo_job()
    {
        var seed = File.ReadAllLines(SeedPath()).Select(l => l.Trim().TrimStart('•').Trim()).Where(l => l.Length > 0).ToList();
        var job = DemoSeeder.SeedJob();
        string[] homes =
        [
            job.Title, job.Summary!, job.Culture!, job.EqualOpportunityStatement!, job.HowToApply!.Instructions!,
            .. job.Responsibilities, .. job.RequiredQualifications, .. job.PreferredQualifications, .. job.Benefits,
            .. job.TechStack.Select(g => $"{g.Category}: {string.Join(", ", g.Items)}"),
        ];
        string[] structured = ["Location:", "Employment Type:", "Salary Range:"];
        string[] headings = ["About the Role:", "Required Skills & Qualifications:", "Preferred Skills:", "Responsibilities:", "What We Offer:", "Our Tech Stack:", "Company Culture:", "Equal Opportunity:", "To Apply:"];

        foreach (var line in seed.Where(l => !headings.Contains(l) && !structured.Any(l.StartsWith)))
            Assert.Contains(line, homes.SelectMany(h => h.Split('\n')));
        Assert.Equal(("San Francisco", "CA", 3), (job.Locations[0].City, job.Locations[0].Region, job.InOfficeDaysPerWeek));
        Assert.Equal((150000m, 220000m, "USD", "DOE"), (job.Salary!.Min, job.Salary.Max, job.Salary.Currency, job.Salary.Note));
    }

    /// <summary>shared/ sits beside the repository, locally and in CI.</summary>
    internal static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seed", "senior-backend-engineer.txt");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("shared/seed/senior-backend-engineer.txt was not found beside the repository.");
    }
}
