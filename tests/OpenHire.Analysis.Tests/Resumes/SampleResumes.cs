namespace OpenHire.Analysis.Tests.Resumes;

/// <summary>Fictional resumes written for the tests, in the layouts real resumes use.</summary>
internal static class SampleResumes
{
    /// <summary>Title line, then "Company, City | dates", bullets; a skills list; a degree over a school.</summary>
    public const string Classic = """
        MARIA GONZALEZ
        742 Evergreen Terrace, Springfield, IL 62704 | (217) 555-0143 | maria.gonzalez@example.com
        linkedin.com/in/mariagonzalez | github.com/mgonzalez

        SUMMARY
        Backend engineer who likes boring, reliable systems.

        EXPERIENCE
        Senior Backend Engineer
        Northwind Traders, Chicago, IL | March 2020 - Present
        • Built order services in Python and PostgreSQL on Kubernetes
        • Moved batch jobs to Kafka streams

        Software Engineer
        Contoso Ltd., Springfield, IL | Jun 2016 - Feb 2020
        • Maintained Java services and MySQL databases

        EDUCATION
        Bachelor of Science in Computer Science
        University of Illinois, Urbana, IL
        May 2016

        SKILLS
        Languages: Python, Java, SQL
        Tools: Docker, Kubernetes, Git, Terraform

        CERTIFICATIONS
        AWS Certified Solutions Architect – Associate, Amazon Web Services

        LANGUAGES
        English (native), Spanish (fluent)
        """;

    /// <summary>"Dates Title, Company, City" on one line, as two-column templates print it.</summary>
    public const string DatesFirst = """
        Ken Adams
        Berlin, Germany
        +49 30 1234567 | ken.adams@example.de

        Work Experience
        2019 – Present Data Engineer, Fabrikam GmbH, Berlin, Germany
        Pipelines in Spark and Airflow.
        2015 – 2019 Data Analyst, Tailspin Toys, Hamburg, Germany
        Reporting with SQL and Tableau.

        Education
        2011 – 2015 Master of Science in Statistics, Humboldt University, Berlin, Germany
        """;

    /// <summary>"Company" then "Title | dates", as Markdown resumes write it.</summary>
    public const string CompanyThenTitle = """
        Priya Raman
        priya.raman@example.in • +91 98765 43210 • Pune, India

        Experience
        Globex Corporation
        QA Automation Engineer | Jan 2021 – Present
        - Selenium and Cypress suites for the web shop

        Initech
        Test Engineer | 2018 – 2020
        - Manual and API testing with Postman

        Education
        Savitribai Phule Pune University
        B.E. in Electronics — 2014 – 2018
        """;
}
