using System.Text;
using OpenHire.Features.Jobs;
using OpenHire.Features.Resumes;

namespace OpenHire.Tests.Infrastructure;

/// <summary>Resumes and a job to score them against, and waiting for the background reader.</summary>
public static class Resumes
{
    /// <summary>A backend engineer: Python since 2014, PostgreSQL, Kafka, EKS (which is Kubernetes), Redis.</summary>
    public const string Backend = """
        Grace Hopper
        grace@example.com | (415) 555-0199 | San Francisco, CA
        linkedin.com/in/gracehopper

        EXPERIENCE
        Senior Backend Engineer, Initech | Jan 2018 - Present
        - Built services in Python and PostgreSQL on EKS, streaming with Kafka.

        Software Engineer, Globex | Jun 2014 - Dec 2017
        - Python and Django services with Redis caching.

        EDUCATION
        B.S. Computer Science, Stanford University, 2014

        SKILLS
        Python, PostgreSQL, Kafka, EKS, Redis, Django
        """;

    /// <summary>A frontend engineer: JavaScript and React, no backend skills the job asks for.</summary>
    public const string Frontend = """
        Alan Turing
        alan@example.com | (415) 555-0142 | Oakland, CA

        EXPERIENCE
        Frontend Engineer, Hooli | Mar 2021 - Present
        - React and TypeScript interfaces.

        EDUCATION
        B.A. Mathematics, UC Berkeley, 2020

        SKILLS
        JavaScript, TypeScript, React, CSS
        """;

    /// <summary>A backend engineer with fewer years and no Kafka.</summary>
    public const string Junior = """
        Katherine Johnson
        katherine@example.com | (415) 555-0177 | San Jose, CA

        EXPERIENCE
        Backend Engineer, Pied Piper | Feb 2023 - Present
        - Python services on PostgreSQL and Kubernetes.

        EDUCATION
        B.S. Computer Science, San Jose State University, 2022

        SKILLS
        Python, PostgreSQL, Kubernetes
        """;

    public static byte[] Text(string resume) => Encoding.UTF8.GetBytes(resume);

    /// <summary>An onsite backend job in San Francisco asking for Python, PostgreSQL, Kubernetes and Kafka.</summary>
    public static JobInput BackendJob(string title = "Backend Engineer") => Jobs.Minimal(title) with
    {
        Locations = [new JobLocationDto("San Francisco", "CA", "US")],
        RequiredSkills = ["Python", "PostgreSQL", "Kubernetes", "Kafka"],
        PreferredSkills = ["Go"],
        MinYearsExperience = 5,
    };

    /// <summary>Applies with a text resume and returns the application id.</summary>
    public static async Task<Guid> ApplyWithAsync(this AppFixture app, TestOrganization org, Guid jobId, string resume, string email, string fileName = "resume.txt")
    {
        var form = Requests.ApplicationForm(email: email, resume: Text(resume), resumeName: fileName);
        return await app.ApplyWithFileAsync(org, jobId, form);
    }

    public static async Task<Guid> ApplyWithFileAsync(this AppFixture app, TestOrganization org, Guid jobId, MultipartFormDataContent form)
    {
        var response = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, jobId), form);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<OpenHire.Features.Applications.ApplicationsApi.ApplicationReceipt>()).Id;
    }

    /// <summary>Polls the profile until the background reader has finished with the resume.</summary>
    public static async Task<ProfileView> WaitForProfileAsync(this TestOrganization org, Guid applicationId, Func<ProfileView, bool>? until = null)
    {
        until ??= p => p.Status != ResumeStatus.Queued;
        for (var i = 0; ; i++)
        {
            var view = await (await org.Api.GetAsync($"/api/v1/applications/{applicationId}/profile")).ReadAsync<ProfileView>();
            if (until(view)) return view;
            if (i == 300) throw new TimeoutException($"The resume of {applicationId} stayed {view.Status}.");
            await Task.Delay(100);
        }
    }
}
