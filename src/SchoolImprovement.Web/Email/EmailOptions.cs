using System.Net;
using System.Net.Mail;

namespace SchoolImprovement.Web.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";
    public string Mode { get; set; } = "PickupFolder";
    public string PickupFolder { get; set; } = "data/mail";
    public string From { get; set; } = "portal@localhost";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpEnableSsl { get; set; } = true;
}
