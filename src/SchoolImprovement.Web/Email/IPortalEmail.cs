using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

/// <summary>
/// Outgoing email: queued by <see cref="EmailOutbox"/> and delivered in the background, to a pickup
/// folder by default or by SMTP (<c>Email:Mode</c>). Returns once the message is queued.
/// </summary>
public interface IPortalEmail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
