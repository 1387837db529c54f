using SchoolImprovement.Web.Email;

namespace SchoolImprovement.Web.Hosting;

/// <summary>
/// The settings without which the portal refuses to serve outside Development and the tests'
/// <c>Testing</c> environment (docs/operations.md, "Settings checked at start"). Every problem is
/// listed at once, each naming its setting, so an operator fixes them in one go. The check runs in
/// <c>Program.cs</c> before migrations and before the server starts; the <c>migrate</c> and
/// <c>create-platform-admin</c> commands do not need these settings.
/// </summary>
public static class ProductionConfiguration
{
    public const string AllowedHostsSetting = "AllowedHosts";
    public const string EmailModeSetting = EmailOptions.Section + ":Mode";
    public const string SmtpHostSetting = EmailOptions.Section + ":SmtpHost";
    public const string SmtpSecuritySetting = EmailOptions.Section + ":SmtpSecurity";
    public const string AllowUnencryptedSmtpSetting = EmailOptions.Section + ":AllowUnencryptedSmtp";

    /// <summary>Whether the checks apply: every environment except Development and Testing (an unknown name is treated as production).</summary>
    public static bool Applies(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !PortalLinks.MayUseRequestHost(environment);
    }

    /// <summary>Every setting that is missing or unsafe in <paramref name="environment"/>; empty when the portal may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!Applies(environment))
        {
            return [];
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration[PortalLinks.Setting]))
        {
            problems.Add($"{PortalLinks.Setting} must be set to the portal's public address (e.g. https://portal.trust.org.uk): email links are built from it, never from the request's Host header.");
        }

        var hosts = (configuration[AllowedHostsSetting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            problems.Add($"{AllowedHostsSetting} must list the host names the portal answers to (e.g. portal.trust.org.uk; several separated by ';'), not be missing, empty or \"*\".");
        }

        var mode = configuration[EmailModeSetting];
        if (!string.Equals(mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{EmailModeSetting} must be Smtp (it is \"{mode ?? "PickupFolder"}\"): the pickup folder only writes .eml files, so password-reset and invitation emails would never leave the machine.");
        }
        else if (string.IsNullOrWhiteSpace(configuration[SmtpHostSetting]))
        {
            problems.Add($"{SmtpHostSetting} must be set when {EmailModeSetting} is Smtp.");
        }

        var security = configuration[SmtpSecuritySetting];
        if (!string.IsNullOrWhiteSpace(security) && !Enum.TryParse<SmtpSecurity>(security, ignoreCase: true, out _))
        {
            problems.Add($"{SmtpSecuritySetting} must be StartTls (the default), SslOnConnect or None (it is \"{security}\").");
        }
        else if (string.Equals(mode, "Smtp", StringComparison.OrdinalIgnoreCase)
            && Enum.TryParse<SmtpSecurity>(security, ignoreCase: true, out var chosen) && chosen == SmtpSecurity.None
            && !configuration.GetValue<bool>(AllowUnencryptedSmtpSetting))
        {
            problems.Add($"{SmtpSecuritySetting} is None: invitation and reset links would cross the network unencrypted. Use StartTls (port 587) or SslOnConnect (port 465); for a relay on the same host only, set {AllowUnencryptedSmtpSetting} to true.");
        }

        return problems;
    }

    /// <summary>The message written to standard error when the portal refuses to start.</summary>
    public static string Describe(IReadOnlyList<string> problems, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(environment);
        return $"The portal will not start in the {environment.EnvironmentName} environment until these settings are fixed (docs/operations.md):"
            + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
