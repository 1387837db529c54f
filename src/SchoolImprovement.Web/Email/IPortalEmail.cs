using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

/// <summary>Outgoing email. By default messages are written to a pickup folder; SMTP by configuration.</summary>
public interface IPortalEmail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
