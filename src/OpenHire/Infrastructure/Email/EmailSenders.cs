using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace OpenHire.Infrastructure.Email;

/// <summary>Delivers one message; called by <see cref="EmailDispatcher"/>, never by request handlers.</summary>
public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The embedded default: each message becomes an .eml file, openable by any mail program.</summary>
public sealed class EmlFolderEmailSender(string folder) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        // Named by Message-ID: sending the same outbox row twice rewrites one file, never makes two.
        var name = string.Concat($"{message.MessageId}.eml".Split(Path.GetInvalidFileNameChars()));
        var path = Path.Combine(folder, name);
        await message.WriteToAsync(path, ct);
    }
}

/// <summary>Sends through an SMTP server when "Email:Smtp:Host" is configured.</summary>
public sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(settings.Username))
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

public sealed class SmtpSettings
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool UseTls { get; set; } = true;
    public string? Username { get; set; }
    public string? Password { get; set; }
}
