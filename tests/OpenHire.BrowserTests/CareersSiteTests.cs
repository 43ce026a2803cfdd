using System.Text.RegularExpressions;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.BrowserTests;

/// <summary>A candidate on the demo organization's careers site, from the job list to the confirmation.</summary>
public sealed class CareersSiteTests(OpenHireServer server, Chromium chromium) : BrowserTest(server, chromium)
{
    [Fact]
    public async Task A_candidate_finds_the_seed_job_reads_it_and_applies_with_a_pdf_resume()
    {
        await Page.GotoAsync("/careers/demo");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Careers at Demo Company", Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync("careers-home");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Senior Backend Engineer", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Senior Backend Engineer", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Our tech stack" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Equal opportunity" })).ToBeVisibleAsync();
        await CheckPageAsync("job-page");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Apply for this job" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Apply for Senior Backend Engineer" })).ToBeVisibleAsync();
        await Page.GetByLabel("Full name").FillAsync("Grace Hopper");
        await Page.GetByLabel("Email").FillAsync("grace.hopper@example.com");
        await Page.GetByLabel("Phone (optional)").FillAsync("+1 415 555 0199");
        await Page.GetByLabel("Where you live (optional)").FillAsync("Arlington, VA");
        await Page.GetByLabel("Resume: PDF, DOCX or TXT").SetInputFilesAsync(new FilePayload
        {
            Name = "grace-hopper.pdf",
            MimeType = "application/pdf",
            Buffer = TestFiles.Pdf(text: "Grace Hopper, compilers"),
        });
        await Page.GetByLabel("Cover letter", new() { Exact = true }).FillAsync("I wrote the first compiler and would like to build your backend.");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "I agree that Demo Company processes the data" }).CheckAsync();
        await CheckPageAsync("apply-form");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you – your application is in" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("We have received your application for Senior Backend Engineer")).ToBeVisibleAsync();
        await CheckPageAsync("confirmation");
    }

    [Fact]
    public async Task A_refused_resume_is_explained_beside_its_field_and_nothing_typed_is_lost()
    {
        await Page.GotoAsync("/careers/demo");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Senior Backend Engineer", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Apply for this job" }).First.ClickAsync();
        await Page.GetByLabel("Full name").FillAsync("Mallory Example");
        await Page.GetByLabel("Email").FillAsync("mallory@example.com");
        await Page.GetByLabel("Resume: PDF, DOCX or TXT").SetInputFilesAsync(new FilePayload
        {
            Name = "resume.pdf",
            MimeType = "application/pdf",
            Buffer = TestFiles.Executable(),
        });
        await Page.GetByLabel("Cover letter", new() { Exact = true }).FillAsync("Please read my resume.");
        await Page.GetByRole(AriaRole.Checkbox).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        var resume = Page.Locator("#resume");
        // The reason is part of the field's name, so it is read out when the field gets focus.
        await Expect(resume).ToHaveAccessibleNameAsync(new Regex("^Resume: PDF, DOCX or TXT, up to 10 MB.*its content is not a valid PDF file"));
        await Expect(Page.GetByLabel("Full name")).ToHaveValueAsync("Mallory Example");
        await Expect(Page.GetByLabel("Cover letter", new() { Exact = true })).ToHaveValueAsync("Please read my resume.");
        await CheckPageAsync();
    }

    [Fact]
    public async Task Filters_narrow_the_job_list_and_say_when_nothing_matches()
    {
        await Page.GotoAsync("/careers/demo");
        await Page.GetByLabel("Keywords").FillAsync("gardener");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(Page.GetByText("No open positions match.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Senior Backend Engineer", Exact = true })).ToHaveCountAsync(0);
        await CheckPageAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Show all jobs" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Senior Backend Engineer", Exact = true })).ToBeVisibleAsync();
    }
}
