using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

/// <summary>Outgoing email. By default messages are written to a pickup folder; SMTP by configuration.</summary>
public interface IPortalEmail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}

public sealed class EmailOptions
{
    public const string Section = "Email";
    public string Mode { get; set; } = "PickupFolder";
    public string PickupFolder { get; set; } = "data/mail";
    public string From { get; set; } = "portal@localhost";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpEnableSsl { get; set; } = true;
}

/// <summary>Writes each message as an .eml file into the pickup folder (demo and development).</summary>
public sealed class PickupFolderEmail(EmailOptions options) : IPortalEmail
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(options.PickupFolder);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Path.GetFullPath(options.PickupFolder) };
        using var message = new MailMessage(options.From, to, subject, body) { BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit };
        await client.SendMailAsync(message, cancellationToken);
    }
}

public sealed class SmtpEmail(EmailOptions options) : IPortalEmail
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort) { EnableSsl = options.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(options.SmtpUserName, options.SmtpPassword);
        }

        using var message = new MailMessage(options.From, to, subject, body);
        await client.SendMailAsync(message, cancellationToken);
    }
}

public static class EmailRegistration
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<IPortalEmail>(provider =>
        {
            var options = provider.GetRequiredService<EmailOptions>();
            return options.Mode.Equals("Smtp", StringComparison.OrdinalIgnoreCase)
                ? new SmtpEmail(options)
                : new PickupFolderEmail(options);
        });

        services.AddScoped<AccountEmails>();
        return services;
    }
}
