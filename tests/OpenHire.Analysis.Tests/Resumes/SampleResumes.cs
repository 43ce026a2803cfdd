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

    /// <summary>Mixed entry styles: "Company — City" over title, "Title at Company, City", "Title | Company | Dates".</summary>
    public const string MixedStyles = """
        Dr. Jane A. Smith-Jones
        Senior Data Scientist
        San Diego, CA 92101 • +1 (619) 555-0100 • jane.smith@example.com • https://janesmith.dev

        PROFESSIONAL EXPERIENCE

        Initrode Inc. — San Diego, CA
        Lead Data Scientist
        03/2021 – Present
        • Built churn models with XGBoost and scikit-learn
        • Deployed models on AWS SageMaker

        Data Scientist at Globex, Boston, MA
        Aug 2017 – Feb 2021
        • Forecasting in R and Python

        Research Assistant | MIT Media Lab | Sep 2015 – Jun 2017

        EDUCATION

        Ph.D. in Statistics, Massachusetts Institute of Technology, 2017
        B.S. Mathematics, University of California, San Diego (2009 – 2013)

        TECHNICAL SKILLS
        Python • R • SQL • Spark • Tableau • TensorFlow
        """;

    /// <summary>Markdown with "### Title, Company" headings and italic dates.</summary>
    public const string MarkdownHeadings = """
        # Tom Becker

        Munich, Germany | tom.becker@example.de | +49 151 23456789 | [LinkedIn](https://www.linkedin.com/in/tombecker)

        ## Experience

        ### Software Engineer, Siemens AG
        *January 2019 – Present* · Munich

        - Embedded C++ for PLC firmware
        - CI with Jenkins

        ### Working Student — BMW Group
        *Oct 2016 – Dec 2018*

        - Test automation with Python

        ## Education

        ### Technical University of Munich
        M.Sc. Informatics, 2018

        ## Skills

        C++, Python, Jenkins, Linux, Git
        """;

    /// <summary>Right-aligned dates after wide gaps, credentials after the name, issuers after certificates.</summary>
    public const string WideGaps = """
        ANNA KOWALSKA, PMP
        Project Manager
        Warsaw, Poland
        Phone: +48 600 123 456
        E-mail: anna.kowalska@example.pl

        WORK HISTORY

        Project Manager                                    2018 - Present
        Asseco Poland S.A., Warsaw
        Managed ERP rollouts for public sector clients.

        Junior Project Coordinator                         2015 - 2018
        Comarch, Krakow
        Coordinated sprint planning in Jira.

        EDUCATION

        Warsaw School of Economics                         2010 - 2015
        Master's degree in Management

        CERTIFICATIONS
        PMP – Project Management Institute, 2019
        PRINCE2 Foundation

        LANGUAGES
        Polish – native; English – C1; German – B1
        """;
}
