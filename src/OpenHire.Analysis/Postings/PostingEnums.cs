namespace OpenHire.Analysis.Postings;

/// <summary>Where the work is done.</summary>
public enum WorkplaceType
{
    /// <summary>At the employer's site every working day.</summary>
    Onsite,

    /// <summary>Some days in the office, the rest from home.</summary>
    Hybrid,

    /// <summary>From anywhere the posting allows.</summary>
    Remote,
}

/// <summary>The kind of employment offered.</summary>
public enum EmploymentType
{
    /// <summary>Permanent, full hours.</summary>
    FullTime,

    /// <summary>Permanent, reduced hours.</summary>
    PartTime,

    /// <summary>A contract, consultancy or contract-to-hire.</summary>
    Contract,

    /// <summary>A temporary or seasonal position.</summary>
    Temporary,

    /// <summary>An internship or co-op.</summary>
    Internship,
}

/// <summary>The time a salary amount pays for.</summary>
public enum SalaryPeriod
{
    /// <summary>Per hour.</summary>
    Hour,

    /// <summary>Per day.</summary>
    Day,

    /// <summary>Per week.</summary>
    Week,

    /// <summary>Per month.</summary>
    Month,

    /// <summary>Per year.</summary>
    Year,
}

/// <summary>The lowest degree a posting requires, in increasing order.</summary>
public enum EducationLevel
{
    /// <summary>No degree required.</summary>
    None,

    /// <summary>High school diploma or GED.</summary>
    HighSchool,

    /// <summary>Associate degree.</summary>
    Associate,

    /// <summary>Bachelor's degree.</summary>
    Bachelor,

    /// <summary>Master's degree.</summary>
    Master,

    /// <summary>Doctorate.</summary>
    Doctorate,
}

/// <summary>What a part of a posting is about.</summary>
public enum SectionKind
{
    /// <summary>Not recognised.</summary>
    Other,

    /// <summary>The role in brief.</summary>
    Summary,

    /// <summary>About the employer.</summary>
    Company,

    /// <summary>Duties: what the person will do.</summary>
    Responsibilities,

    /// <summary>Required qualifications.</summary>
    Required,

    /// <summary>Preferred, nice-to-have qualifications.</summary>
    Preferred,

    /// <summary>Benefits and perks.</summary>
    Benefits,

    /// <summary>Technologies the team uses, often grouped by category.</summary>
    TechStack,

    /// <summary>Culture and values.</summary>
    Culture,

    /// <summary>Equal-opportunity statement.</summary>
    EqualOpportunity,

    /// <summary>How to apply.</summary>
    HowToApply,

    /// <summary>Pay, location, schedule and similar facts.</summary>
    Details,
}
