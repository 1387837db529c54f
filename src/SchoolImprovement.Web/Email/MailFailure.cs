using System.Text;
using MailKit.Net.Smtp;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// Tells a permanent refusal from a failure worth retrying. The mail server's 5xx answer to a
/// command (recipient unknown, mailbox full for good, sender refused, message rejected) will not
/// change on a retry, so it is final; a 4xx answer, a dropped connection, a timeout or a TLS
/// problem may pass, so the outbox tries again.
/// </summary>
public static class MailFailure
{
    public const int ReasonLength = 200;

    public static bool IsPermanent(Exception failure) =>
        failure is SmtpCommandException { StatusCode: var status } && (int)status >= 500;

    /// <summary>The server's reason, for the administrator: "550 5.1.1 User unknown"; control characters removed and cut to <see cref="ReasonLength"/>.</summary>
    public static string Reason(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var text = failure is SmtpCommandException command
            ? $"{(int)command.StatusCode} {command.Message}"
            : failure.GetType().Name;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var reason = clean.ToString().Trim();
        return reason.Length <= ReasonLength ? reason : reason[..ReasonLength];
    }
}
