using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix, kept as data: role x action x target -> expected status. Columns are
/// <see cref="Columns"/>. A school cell is "own/other/otherTrust"; a user cell is "ownTrust/otherTrust".
/// <para>
/// Every POST is sent with a VALID antiforgery token for the client and no fields, so each cell
/// tests access, not antiforgery: 200 = allowed, the empty form is shown again with its errors
/// (or a conflict on the missing version); 302 = allowed and, with nothing to validate, done
/// (on a target made for that cell) — or, for anonymous, sent to sign in; 403 = refused by the
/// role policy or because the person is not tied to that school; 404 = another trust's record.
/// </para>
/// <para>
/// The demo headteacher, local committee member and SLE are assigned to the trust's first school
/// (URN 190001) and the officer is its linked officer; the "other" school (URN 190010) has no one
/// assigned. So "own allowed, other refused" shows for the school-limited roles (headteacher, SLE,
/// local committee member) and for the officer where the linked officer is needed (propose, plan).
/// </para>
/// To add an action: add a row here (the completeness test fails until you do).
/// </summary>
public static class AuthorizationMatrix
{
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyList<string> Columns =
    [
        TrustRole.Ceo, TrustRole.DeputyCeo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer,
        TrustRole.SpecialistLeader, TrustRole.Headteacher, TrustRole.LocalCommitteeMember, TrustRole.Trustee,
        TrustRole.GovernanceProfessional, TrustRole.TrustAdministrator, TrustRole.PlatformAdministrator, Anonymous,
    ];

    private const string Get = "GET";
    private const string Post = "POST";

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Home.Index", Get, "/", Target.None,                                               "302         302         302         302         302         302         302         302         302         302         302         302"),
        new("Schools.Index", Get, "/schools", Target.None,                                     "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Schools.Details", Get, "/schools/{id}", Target.School,                            "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Create", Get, "/schools/new", Target.None,                         "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Create", Post, "/schools/new", Target.None,                        "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Edit", Get, "/schools/{id}/edit", Target.School,                   "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Edit", Post, "/schools/{id}/edit", Target.School,                  "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Get, "/schools/{id}/close", Target.School,                 "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Post, "/schools/{id}/close", Target.School,                "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Reopen", Post, "/schools/{id}/reopen", Target.NewClosedSchool,     "302/302/404 403/403/403 302/302/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/404 403/403/403 302/302/302"),
        new("SchoolRegister.Import", Get, "/schools/import", Target.None,                      "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Import", Post, "/schools/import", Target.None,                     "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Confirm", Post, "/schools/import/confirm", Target.None,            "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("Policy.Index", Get, "/policy", Target.None,                                       "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Dashboard.Index", Get, "/dashboard", Target.None,                                 "200         200         200         200         403         403         403         200         403         403         403         302"),
        new("Categorisation.History", Get, "/schools/{id}/categorisation", Target.School,      "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Propose", Get, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Propose", Post, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Review", Get, "/categorisations/{id}", Target.Categorisation,     "200/200/404 200/200/404 200/200/404 200/200/404 403/403/404 403/403/404 403/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Plan", Post, "/categorisations/{id}/plan", Target.NewProposal,     "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Confirm", Post, "/categorisations/{id}/confirm", Target.NewProposal,
                                                                                               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Return", Post, "/categorisations/{id}/return", Target.NewProposal,
                                                                                               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Index", Get, "/actions", Target.None,                                     "200         200         200         200         403         403         403         200         403         403         403         302"),
        new("Actions.Mine", Get, "/actions/mine", Target.None,                                 "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Actions.School", Get, "/schools/{id}/actions", Target.School,                     "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Create", Get, "/schools/{id}/actions/new", Target.School,                 "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Create", Post, "/schools/{id}/actions/new", Target.School,                "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Details", Get, "/actions/{id}", Target.Action,                            "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Edit", Post, "/actions/{id}/edit", Target.Action,                         "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Status", Post, "/actions/{id}/status", Target.Action,                     "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Impact", Post, "/actions/{id}/impact", Target.Action,                     "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Policy.Edit", Get, "/policy/edit", Target.None,                                   "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Policy.Edit", Post, "/policy/edit", Target.None,                                  "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Index", Get, "/users", Target.None,                                         "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Create", Get, "/users/new", Target.None,                                    "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Create", Post, "/users/new", Target.None,                                   "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Edit", Get, "/users/{id}", Target.User,                                     "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.Edit", Post, "/users/{id}", Target.User,                                    "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.Deactivate", Get, "/users/{id}/deactivate", Target.User,                    "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.DeactivateConfirmed", Post, "/users/{id}/deactivate", Target.NewUser,       "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("Users.Reactivate", Post, "/users/{id}/reactivate", Target.NewDeactivatedUser,     "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("Users.ResetAuthenticator", Post, "/users/{id}/reset-authenticator", Target.NewUser,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("Users.Assign", Post, "/users/{id}/assignments", Target.User,                      "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.Unassign", Post, "/users/{parent}/assignments/{id}/remove", Target.NewAssignment,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("SignInRules.Index", Get, "/trust/sign-in-rules", Target.None,                     "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("SignInRules.Index", Post, "/trust/sign-in-rules", Target.None,                    "403         403         403         403         403         403         403         403         403         302         403         302"),
        new("Audit.Index", Get, "/audit", Target.None,                                         "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("Audit.Security", Get, "/audit/security", Target.None,                             "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("Inspections.Index", Get, "/schools/{id}/inspections", Target.School,              "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Inspections.Create", Get, "/schools/{id}/inspections/new?framework=Siams", Target.School,
                                                                                               "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Create", Post, "/schools/{id}/inspections/new", Target.School,        "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Delete", Get, "/schools/{parent}/inspections/{id}/delete", Target.Inspection,
                                                                                               "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.DeleteConfirmed", Post, "/schools/{parent}/inspections/{id}/delete", Target.NewInspection,
                                                                                               "302/302/404 403/403/403 302/302/404 302/302/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Trusts.Index", Get, "/platform/trusts", Target.None,                              "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Get, "/platform/trusts/new", Target.None,                         "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Post, "/platform/trusts/new", Target.None,                        "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("PlatformRoleRequests.Index", Get, "/platform/role-requests", Target.None,         "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("PlatformRoleRequests.Approve", Post, "/platform/role-requests/00000000-0000-7000-8000-000000000001/approve", Target.None,
                                                                                               "403         403         403         403         403         403         403         403         403         403         404         302"),
        new("PlatformRoleRequests.Refuse", Post, "/platform/role-requests/00000000-0000-7000-8000-000000000001/refuse", Target.None,
                                                                                               "403         403         403         403         403         403         403         403         403         403         404         302"),
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
        new("Sessions.Index", Get, "/account/sessions", Target.None,                          "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Sessions.End", Get, "/account/sessions/00000000-0000-7000-8000-000000000001/end", Target.None,
                                                                                               "404         404         404         404         404         404         404         404         404         404         404         302"),
        new("Sessions.EndConfirmed", Post, "/account/sessions/00000000-0000-7000-8000-000000000001/end", Target.None,
                                                                                               "404         404         404         404         404         404         404         404         404         404         404         302"),
        new("Sessions.EndOthers", Get, "/account/sessions/end-others", Target.None,           "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Sessions.EndOthersConfirmed", Post, "/account/sessions/end-others", Target.None, "302         302         302         302         302         302         302         302         302         302         302         302"),
        new("Users.EndSession", Get, "/users/{id}/sessions/00000000-0000-7000-8000-000000000001/end", Target.User,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     404/404     403/403     302/302"),
        new("Users.EndSessionConfirmed", Post, "/users/{id}/sessions/00000000-0000-7000-8000-000000000001/end", Target.User,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     404/404     403/403     302/302"),
        new("RoleRequests.Index", Get, "/users/role-requests", Target.None,                   "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("RoleRequests.Approve", Post, "/users/role-requests/00000000-0000-7000-8000-000000000001/approve", Target.None,
                                                                                               "404         403         403         403         403         403         403         403         403         404         403         302"),
        new("RoleRequests.Refuse", Post, "/users/role-requests/00000000-0000-7000-8000-000000000001/refuse", Target.None,
                                                                                               "404         403         403         403         403         403         403         403         403         404         403         302"),
        new("Account.AccessDenied", Get, "/account/access-denied", Target.None,                "403         403         403         403         403         403         403         403         403         403         403         403"),
        new("Errors.Status", Get, "/error/404", Target.None,                                   "404         404         404         404         404         404         404         404         404         404         404         404"),
    ];

    /// <summary>The expected status cells of a row, one per column.</summary>
    public static string[] Cells(MatrixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = row.Statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cells.Length == Columns.Count ? cells : throw new InvalidOperationException($"{row.Action} {row.Method} has {cells.Length} cells, not {Columns.Count}.");
    }

    /// <summary>How many targets a row has per column: three for a school's records, two for people, one otherwise.</summary>
    public static int TargetCount(Target target) => target switch
    {
        Target.None => 1,
        Target.User or Target.NewUser or Target.NewDeactivatedUser or Target.NewAssignment => 2,
        _ => 3,
    };

    /// <summary>Whether the row's target is made for each cell (the allowed request changes it).</summary>
    public static bool MadePerCell(Target target) => target >= Target.NewClosedSchool;
}
