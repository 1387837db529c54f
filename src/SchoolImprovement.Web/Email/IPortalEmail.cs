namespace SchoolImprovement.Web.Email;

/// <summary>
/// Outgoing email: queued by <see cref="EmailOutbox"/> and delivered in the background, to a pickup
/// folder by default or by SMTP (<c>Email:Mode</c>). Returns once the message is queued.
/// </summary>
public interface IPortalEmail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);

    /// <summary>Queues an account email whose refusal by the mail server is recorded against <see cref="EmailAbout.UserId"/>.</summary>
    Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken = default);
}
