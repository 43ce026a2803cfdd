using System.Text.RegularExpressions;
using OpenHire.Features.Demo;

namespace OpenHire.BrowserTests;

/// <summary>An interview scheduled from the application page, and the interviewer's scorecard from "My interviews".</summary>
public sealed class InterviewScorecardTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    const string Resume = "Backend Engineer, 2018 - present\nPython and PostgreSQL on AWS.\n\nSkills: Python, PostgreSQL, AWS\n";

    async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/staff");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Fact]
    public async Task An_interviewer_submits_a_scorecard_and_then_sees_the_teams()
    {
        await Server.ApplyToSeedJobAsync("Iris Interviewee", "iris.interviewee@example.com", Resume, "Looking forward to talking.");
        await SignInAsync(DemoSeeder.AdminEmail, DemoSeeder.AdminPassword);

        // The admin adds an interviewer to the team.
        await Page.GotoAsync("/staff/team");
        var email = $"ines.{Guid.NewGuid():N}@example.com";
        await Page.GetByLabel("Name").FillAsync("Ines Interviewer");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.Locator("select#role").SelectOptionAsync("interviewer");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        var password = (await Page.Locator("code.token").TextContentAsync())!.Trim();

        // And schedules her on Iris's application.
        await Page.GotoAsync("/staff");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoCandidates.SeedJobTitle, Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Iris Interviewee" }).First.ClickAsync();
        await Page.GetByLabel("Ines Interviewer (Interviewer)").First.CheckAsync();
        await Page.Locator("#new-starts-at").FillAsync("2026-12-03T10:00");
        await Page.Locator("#new-time-zone").SelectOptionAsync("Europe/Berlin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schedule and send invitations" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Interview scheduled for 2026-12-03 10:00 (Europe/Berlin)" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".interviews-panel")).ToContainTextAsync("Thu 3 Dec 2026, 10:00");
        await CheckPageAsync("application-interviews");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The interviewer lands on her interviews.
        await SignInAsync(email, password);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My interviews", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Candidates" })).ToHaveCountAsync(0);
        await CheckPageAsync("my-interviews");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Submit scorecard for Iris Interviewee" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Scorecard: Iris Interviewee", Level = 1 })).ToBeVisibleAsync();
        var meets = Page.Locator("fieldset.competency input[type=radio][value='3']");
        for (var i = 0; i < await meets.CountAsync(); i++) await meets.Nth(i).CheckAsync();
        await Page.Locator("input[name=recommendation][value=yes]").CheckAsync();
        await Page.GetByLabel("Notes (optional)").FillAsync("Clear, calm, curious.");
        await CheckPageAsync("scorecard");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit scorecard" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Scorecard submitted." })).ToBeVisibleAsync();
        await Expect(Page.Locator(".interviews-panel")).ToContainTextAsync(new Regex(@"1 scorecard:\s+1 yes"));
        await Expect(Page.Locator("details.scorecard summary")).ToHaveTextAsync("Ines Interviewer: yes");
        await CheckPageAsync("scorecard-summary");
    }
}
