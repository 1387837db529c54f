using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

/// <summary>Writes each message as an .eml file into the pickup folder (demo and development).</summary>
public sealed class PickupFolderEmail(EmailOptions options) : IMailTransport
{
    public async Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(options.PickupFolder);
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Path.GetFullPath(options.PickupFolder) };
        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body) { BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
