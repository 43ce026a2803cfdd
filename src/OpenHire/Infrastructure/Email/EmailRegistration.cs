using MimeKit;
using OpenHire.Infrastructure.Hosting;

namespace OpenHire.Infrastructure.Email;

/// <summary>Registers the email outbox and its sender: the "Email" configuration section.</summary>
public static class EmailRegistration
{
    public static IHostApplicationBuilder AddOpenHireEmail(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Email");
        var smtp = section.GetSection("Smtp").Get<SmtpSettings>();
        IEmailSender sender = string.IsNullOrEmpty(smtp?.Host)
            ? new EmlFolderEmailSender(DataDirectory.Folder(builder, section["Folder"], "mail"))
            : new SmtpEmailSender(smtp);
        builder.Services.AddSingleton(sender);
        builder.Services.AddSingleton(MailboxAddress.Parse(section["From"] ?? "OpenHire <no-reply@openhire.local>"));
        builder.Services.AddSingleton<EmailDispatcher>();
        // Web nodes (--role web) only write the outbox; workers send it.
        if (AppRoles.Of(builder.Configuration).RunsBackgroundWork())
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmailDispatcher>());
        return builder;
    }
}
