namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Each person's own account: sign-in, second factor, password, invitation, sessions; errors.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] AccountRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Account.SignIn", Get, "/account/sign-in", Target.None,                            "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.SignIn", Post, "/account/sign-in", Target.None,                           "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.SignOutOfPortal", Post, "/account/sign-out", Target.None,                 "302         302         302         302         302         302         302         302         302         302         302         302", FreshClient: true),
        new("Account.ForgotPassword", Get, "/account/forgot-password", Target.None,            "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.ForgotPassword", Post, "/account/forgot-password", Target.None,           "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.ResetPassword", Get, "/account/reset-password?email=a%40b.example&token=x", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.ResetPassword", Post, "/account/reset-password", Target.None,             "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Setup", Get, "/account/mfa/setup", Target.None,                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Mfa.Setup", Post, "/account/mfa/setup", Target.None,                              "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Mfa.Verify", Get, "/account/mfa/verify", Target.None,                             "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Verify", Post, "/account/mfa/verify", Target.None,                            "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Recovery", Get, "/account/mfa/recovery", Target.None,                         "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Recovery", Post, "/account/mfa/recovery", Target.None,                        "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("SignInSecurity.Index", Get, "/account/security", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("SignInSecurity.NewRecoveryCodes", Get, "/account/security/recovery-codes", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("SignInSecurity.NewRecoveryCodes", Post, "/account/security/recovery-codes", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("SignInSecurity.ReplaceAuthenticator", Get, "/account/security/authenticator", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("SignInSecurity.ReplaceAuthenticator", Post, "/account/security/authenticator", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("SignInSecurity.NewAuthenticator", Post, "/account/security/authenticator/new", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("ChangePassword.ChangePassword", Get, "/account/password", Target.None,            "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("ChangePassword.ChangePassword", Post, "/account/password", Target.None,           "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Invitation.AcceptInvitation", Get, "/account/invitation?email=a%40b.example&token=x", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Invitation.AcceptInvitation", Post, "/account/invitation", Target.None,          "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("ReminderSettings.Index", Get, "/account/reminders", Target.None,                 "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("ReminderSettings.Save", Post, "/account/reminders", Target.None,                 "302         302         302         302         302         302         302         302         302         302         403         302"),
        new("Sessions.Index", Get, "/account/sessions", Target.None,                          "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Sessions.End", Get, "/account/sessions/00000000-0000-7000-8000-000000000001/end", Target.None,
                                                                                               "404         404         404         404         404         404         404         404         404         404         404         302"),
        new("Sessions.EndConfirmed", Post, "/account/sessions/00000000-0000-7000-8000-000000000001/end", Target.None,
                                                                                               "404         404         404         404         404         404         404         404         404         404         404         302"),
        new("Sessions.EndOthers", Get, "/account/sessions/end-others", Target.None,           "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Sessions.EndOthersConfirmed", Post, "/account/sessions/end-others", Target.None, "302         302         302         302         302         302         302         302         302         302         302         302"),
        new("Account.AccessDenied", Get, "/account/access-denied", Target.None,                "403         403         403         403         403         403         403         403         403         403         403         403"),
        new("Errors.Status", Get, "/error/404", Target.None,                                   "404         404         404         404         404         404         404         404         404         404         404         404"),
    ];
}
