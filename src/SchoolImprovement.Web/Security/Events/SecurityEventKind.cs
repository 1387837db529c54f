namespace SchoolImprovement.Web.Security.Events;

/// <summary>
/// What happened to a person's sign-in or session (ASVS 5.0 V16.3.1–V16.3.3). Stored as text, so
/// append new kinds anywhere; never rename one that has been written.
/// </summary>
public enum SecurityEventKind
{
    /// <summary>The email-and-password step.</summary>
    PasswordSignIn,
    /// <summary>The authenticator-code step.</summary>
    AuthenticatorCodeSignIn,
    /// <summary>A recovery code used in place of the authenticator code.</summary>
    RecoveryCodeSignIn,
    /// <summary>Sign-in refused for an account from one address after repeated failures.</summary>
    LockedOut,
    /// <summary>A request answered 429 by the rate limiter.</summary>
    Throttled,
    PasswordResetRequested,
    PasswordResetCompleted,
    PasswordChanged,
    /// <summary>An authenticator app set up for the first time.</summary>
    AuthenticatorEnabled,
    /// <summary>The person replaced their own authenticator app.</summary>
    AuthenticatorReplaced,
    /// <summary>An administrator removed someone's authenticator app.</summary>
    AuthenticatorReset,
    RecoveryCodesRenewed,
    /// <summary>The trust administrator exempted a role from MFA or withdrew the exemption.</summary>
    MfaExemptionChanged,
    SignedOut,
    /// <summary>One session ended by its owner or an administrator, or all of a person's sessions by a credential change.</summary>
    SessionsEnded,
    RoleChangeRequested,
    RoleChangeApproved,
    RoleChangeRefused,
    SignInEmailChanged,
    AccountDeactivated,
    AccountReactivated,
    InvitationSent,
    /// <summary>A signed-in person refused a page or record: 403 by role or school, 404 for another trust's record (V16.3.2).</summary>
    AccessRefused,
    /// <summary>A new person chose their first password from an invitation link.</summary>
    InvitationAccepted,
    /// <summary>The mail server refused an invitation email (outcome Refused, detail its reason) or it failed after every retry (Failed).</summary>
    InvitationEmailNotDelivered,
    /// <summary>The mail server refused a password-reset email (Refused) or it failed after every retry (Failed).</summary>
    PasswordResetEmailNotDelivered,
}

public enum SecurityOutcome
{
    Succeeded,
    Failed,
    Refused,
}
