using OpenHire.Infrastructure.Telemetry;

namespace OpenHire.Infrastructure.Email;

/// <summary>The email outbox's log lines; recipients are personal data and reach the logs redacted.</summary>
static partial class EmailLog
{
    [LoggerMessage(LogLevel.Information, "Email {EmailId} sent to {Recipient}")]
    public static partial void Sent(ILogger logger, Guid emailId, [PersonalData] string recipient);
}
