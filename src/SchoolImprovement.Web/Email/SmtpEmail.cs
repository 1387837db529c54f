using MailKit.Net.Smtp;
using MailKit.Security;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// Delivers by SMTP with MailKit (Microsoft's documentation recommends it over System.Net.Mail's
/// SmtpClient): one connection per message, TLS as <see cref="EmailOptions.SmtpSecurity"/> says
/// (STARTTLS by default, which fails rather than send in clear when the server does not offer it),
/// then authentication when a user name is set. MailKit's exceptions pass through: a 5xx
/// <see cref="SmtpCommandException"/> is a permanent refusal (<see cref="MailFailure"/>).
/// </summary>
public sealed class SmtpEmail(EmailOptions options, Func<ISmtpClient> newClient) : IMailTransport
{
    public SmtpEmail(EmailOptions options) : this(options, () => new SmtpClient())
    {
    }

    public async Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = MimeMessages.From(options, message);
        using var client = newClient();
        var host = options.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set.");
        await client.ConnectAsync(host, options.SmtpPort, SocketOptions(options.SmtpSecurity), cancellationToken);
        try
        {
            if (!string.IsNullOrEmpty(options.SmtpUserName))
            {
                await client.AuthenticateAsync(options.SmtpUserName, options.SmtpPassword ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
        }
        finally
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
    }

    /// <summary>The portal's setting as MailKit's option: never <c>Auto</c>, so a server cannot talk the portal out of TLS.</summary>
    public static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}
