using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>
/// Reads the emails the portal wrote to the factory's pickup folder, once its outbox is empty. The folder is shared by every
/// test of a class, so a test finds ITS email by recipient and subject, never by "the only file".
/// </summary>
public static partial class AccountMailbox
{
    /// <summary>The messages (headers and body, quoted-printable soft breaks undone) sent to <paramref name="address"/> with <paramref name="subject"/>.</summary>
    public static IReadOnlyList<string> MessagesTo(this PortalFactory factory, string address, string subject)
    {
        ArgumentNullException.ThrowIfNull(factory);
        // Mail leaves in the background (EmailOutbox): wait for the queue before reading the folder.
        var delivered = factory.Services.GetRequiredService<EmailOutbox>().WhenIdleAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        Assert.True(delivered, "queued email was not delivered within 30 s");
        if (!Directory.Exists(factory.MailFolder))
        {
            return [];
        }

        return [.. Directory.GetFiles(factory.MailFolder, "*.eml")
            .Select(File.ReadAllText)
            .Select(m => QuotedPrintableEquals().Replace(m.Replace("=\r\n", "", StringComparison.Ordinal), "="))
            .Where(m => Header(m, "To").Contains(address, StringComparison.OrdinalIgnoreCase) && Header(m, "Subject") == subject)];
    }

    private static string Header(string message, string name)
    {
        var headers = message.Split("\r\n\r\n", 2)[0].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        return headers.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))?[(name.Length + 2)..].Trim() ?? "";
    }

    [GeneratedRegex("=3D")]
    private static partial Regex QuotedPrintableEquals();
}
