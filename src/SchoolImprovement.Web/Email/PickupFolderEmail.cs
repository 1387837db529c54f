using MimeKit;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// Writes each message as an .eml file into the pickup folder (demo, development and tests): written
/// under a temporary name and renamed, so a reader never sees half a message.
/// </summary>
public sealed class PickupFolderEmail(EmailOptions options) : IMailTransport
{
    private static readonly FormatOptions Format = CreateFormat();

    public async Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.GetFullPath(options.PickupFolder);
        Directory.CreateDirectory(folder);
        using var mime = MimeMessages.From(options, message);
        // 8bit text as written (no quoted-printable), CRLF line ends as on the wire.
        if (mime.Body is TextPart text)
        {
            text.ContentTransferEncoding = ContentEncoding.EightBit;
        }

        var name = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        await mime.WriteToAsync(Format, temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
