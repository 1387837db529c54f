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

    /// <summary>Seconds to wait before each retry of a failed delivery; unset means 2, 10 and 60.</summary>
    public int[]? RetryDelaySeconds { get; set; }

    internal static readonly int[] DefaultRetryDelaySeconds = [2, 10, 60];
}
