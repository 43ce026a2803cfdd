using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;

namespace OpenHire.Tests.Infrastructure;

/// <summary>The candidate's side of emails: the .eml files the default sender writes, and the private link in them.</summary>
public static partial class Hiring
{
    /// <summary>Sends the outbox and returns the messages written to <paramref name="to"/>, oldest first.</summary>
    public static async Task<List<MimeMessage>> MailToAsync(this AppFixture app, string to, int atLeast = 1)
    {
        for (var i = 0; ; i++)
        {
            await app.SendPendingEmailsAsync();
            var messages = Directory.Exists(app.MailDirectory)
                ? Directory.GetFiles(app.MailDirectory, "*.eml").Select(Load).OfType<MimeMessage>()
                    .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))
                    .OrderBy(m => m.MessageId).ToList()
                : [];
            if (messages.Count >= atLeast || i == 300) return messages; // up to 30 s: CI shares two cores
            await Task.Delay(100);
        }
    }

    /// <summary>A message, or null while the background sender is still writing it.</summary>
    static MimeMessage? Load(string path)
    {
        try
        {
            return MimeMessage.Load(path);
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The path of the status page linked from a message (/status/{token}).</summary>
    public static string StatusPath(MimeMessage message) => StatusLink().Match(message.TextBody ?? "").Value is { Length: > 0 } path
        ? path : throw new InvalidOperationException("No status link in the email:\n" + message.TextBody);

    /// <summary>A client that keeps cookies, as a browser does; redirects are not followed unless asked.</summary>
    public static HttpClient Browser(this AppFixture app, bool followRedirects = false) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(this AppFixture app, string email, string password)
    {
        var browser = app.Browser(followRedirects: true);
        var response = await browser.SubmitAsync("/login", "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/staff", response.RequestMessage!.RequestUri!.AbsolutePath);
        return browser;
    }

    [GeneratedRegex(@"/status/[A-Za-z0-9_-]{40,}")]
    private static partial Regex StatusLink();
}
