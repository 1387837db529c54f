namespace SchoolImprovement.Web.Email;

/// <summary>How the connection to the mail server is protected (<c>Email:SmtpSecurity</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS before anything is sent; refused if the server does not offer it (port 587). The default.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on the same host or a test server. Refused outside Development unless <see cref="EmailOptions.AllowUnencryptedSmtp"/>.</summary>
    None,
}

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

    /// <summary>TLS unless configured otherwise: StartTls (default), SslOnConnect or None.</summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Lets <see cref="SmtpSecurity.None"/> pass the production start-up check (a relay on localhost); off by default.</summary>
    public bool AllowUnencryptedSmtp { get; set; }

    /// <summary>Seconds to wait before each retry of a failed delivery; unset means 2, 10 and 60.</summary>
    public int[]? RetryDelaySeconds { get; set; }

    internal static readonly int[] DefaultRetryDelaySeconds = [2, 10, 60];
}
