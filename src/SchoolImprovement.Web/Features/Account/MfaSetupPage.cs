namespace SchoolImprovement.Web.Features.Account;

/// <summary>The key to add to an authenticator app: shown once, for a key that is not yet anyone's second factor.</summary>
/// <param name="Replacing">True when it replaces the person's current app (after their password and a current code).</param>
public sealed record MfaSetupPage(string SharedKey, string AuthenticatorUri, string Ticket, bool Replacing)
{
    public string PostTo => Replacing ? "/account/security/authenticator/new" : "/account/mfa/setup";
}

/// <summary>New recovery codes, shown once.</summary>
public sealed record RecoveryCodesPage(string Heading, IReadOnlyList<string> Codes)
{
    /// <summary>The codes travel in <see cref="Common.CommandResult.Done.Detail"/>, separated by spaces.</summary>
    public static RecoveryCodesPage From(string heading, string? codes) =>
        new(heading, codes?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []);
}
