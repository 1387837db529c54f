namespace SchoolImprovement.Web.Email;

/// <summary>
/// Delivers one message to the mail server (or the pickup folder). Only <see cref="EmailDispatcher"/>
/// calls it, outside any request; the rest of the portal queues mail through <see cref="IPortalEmail"/>.
/// A permanent refusal surfaces as MailKit's <c>SmtpCommandException</c> with a 5xx status
/// (<see cref="MailFailure"/> tells it from a transient failure, which is retried).
/// </summary>
public interface IMailTransport
{
    Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken);
}

/// <summary>One message waiting to be delivered; <paramref name="About"/> names the account email it is, so a failure can be reported to the trust administrator.</summary>
public sealed record OutgoingEmail(string To, string Subject, string Body, EmailAbout? About = null);

/// <summary>Which account email a message is, and whose: a refusal of it is recorded against the person.</summary>
public sealed record EmailAbout(AccountEmailKind Kind, Guid UserId);

public enum AccountEmailKind
{
    /// <summary>The invitation to choose a first password.</summary>
    Invitation,

    /// <summary>A password-reset link (asked for on the sign-in page, or sent after an administrator reset the authenticator app).</summary>
    PasswordReset,
}
