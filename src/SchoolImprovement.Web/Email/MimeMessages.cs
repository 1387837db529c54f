using MimeKit;

namespace SchoolImprovement.Web.Email;

/// <summary>Turns an <see cref="OutgoingEmail"/> into the MIME message both transports send (plain text, UTF-8).</summary>
internal static class MimeMessages
{
    public static MimeMessage From(EmailOptions options, OutgoingEmail message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        return mime;
    }
}
