namespace OpenHire.Features.Messaging;

/// <summary>
/// An organization's own wording for one kind of email. Only changed templates are stored: a kind
/// without a row uses <see cref="EmailTemplateDefaults"/>, so improving a default reaches everyone who kept it.
/// </summary>
public sealed class EmailTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public EmailTemplateKind Kind { get; init; }

    /// <summary>Liquid source of the subject line.</summary>
    public required string Subject { get; set; }

    /// <summary>Liquid source of the plain-text body.</summary>
    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum EmailTemplateKind
{
    /// <summary>Sent when an application arrives; carries the private status link.</summary>
    Confirmation,
    Rejection,
    InterviewInvitation,
    Offer,

    /// <summary>Withdrawal acknowledged.</summary>
    Withdrawal,

    /// <summary>A stage change worth telling the candidate about ("you moved on to the next step").</summary>
    StageUpdate,
}

/// <summary>The templates every organization starts with.</summary>
public static class EmailTemplateDefaults
{
    public static (string Subject, string Body) For(EmailTemplateKind kind) => kind switch
    {
        EmailTemplateKind.Confirmation => ("We received your application: {{ job.title }}", """
            Dear {{ candidate.name }},

            Thank you for applying for {{ job.title }} at {{ organization.name }}. We have received your application
            and the hiring team will review it. We will be in touch about the next steps.

            You can see where your application stands, and withdraw it, at any time on this private page:
            {{ status_url }}
            Please keep this link to yourself: anyone who has it can see and withdraw your application.

            Kind regards,
            {{ organization.name }}
            """),
        EmailTemplateKind.Rejection => ("Your application for {{ job.title }}", """
            Dear {{ candidate.first_name }},

            Thank you for your interest in {{ job.title }} at {{ organization.name }} and for the time you gave us.
            After careful consideration we have decided not to move forward with your application.

            We wish you every success in your search.

            Kind regards,
            {{ organization.name }}
            """),
        EmailTemplateKind.InterviewInvitation => ("Interview for {{ job.title }} at {{ organization.name }}", """
            Dear {{ candidate.first_name }},

            We would like to invite you to an interview for {{ job.title }}.
            {% if interview %}
            When: {{ interview.when }}{% if interview.duration %} ({{ interview.duration }}){% endif %}
            Where: {{ interview.location }}{% if interview.interviewers %}
            With: {{ interview.interviewers }}{% endif %}
            {% endif %}
            The calendar invitation is attached. Your application's page: {{ status_url }}

            Kind regards,
            {{ organization.name }}
            """),
        EmailTemplateKind.Offer => ("Your offer for {{ job.title }} at {{ organization.name }}", """
            Dear {{ candidate.first_name }},

            We are delighted to offer you the position of {{ job.title }} at {{ organization.name }}.

            Salary: {{ offer.salary }}
            Start date: {{ offer.start_date }}
            {% if offer.notes %}
            {{ offer.notes }}
            {% endif %}
            Please accept or decline the offer on your application's private page:
            {{ offer.url }}

            Kind regards,
            {{ organization.name }}
            """),
        EmailTemplateKind.Withdrawal => ("You withdrew your application for {{ job.title }}", """
            Dear {{ candidate.first_name }},

            We have withdrawn your application for {{ job.title }} as you asked. Thank you for your interest in {{ organization.name }}.

            Kind regards,
            {{ organization.name }}
            """),
        EmailTemplateKind.StageUpdate => ("Your application for {{ job.title }}: next step", """
            Dear {{ candidate.first_name }},

            Good news: your application for {{ job.title }} has moved on to the next step ({{ application.stage }}).
            We will be in touch soon. Your application's page: {{ status_url }}

            Kind regards,
            {{ organization.name }}
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
