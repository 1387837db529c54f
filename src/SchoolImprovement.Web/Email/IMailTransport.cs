namespace SchoolImprovement.Web.Email;

/// <summary>
/// Delivers one message to the mail server (or the pickup folder). Only <see cref="EmailDispatcher"/>
/// calls it, outside any request; the rest of the portal queues mail through <see cref="IPortalEmail"/>.
/// </summary>
public interface IMailTransport
{
    Task DeliverAsync(OutgoingEmail message, CancellationToken cancellationToken);
}

/// <summary>One message waiting to be delivered.</summary>
public sealed record OutgoingEmail(string To, string Subject, string Body);
