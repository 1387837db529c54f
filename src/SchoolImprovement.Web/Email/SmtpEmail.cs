using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

public sealed class SmtpEmail(EmailOptions options) : IMailTransport
{
    public async Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort) { EnableSsl = options.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(options.SmtpUserName, options.SmtpPassword);
        }

        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
