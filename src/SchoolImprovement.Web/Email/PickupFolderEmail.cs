using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

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
