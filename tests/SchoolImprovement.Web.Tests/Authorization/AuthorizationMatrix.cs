using SchoolImprovement.Domain.People;

namespace SchoolImprovement.Web.Tests.Authorization;

/// <summary>What the request is about: nothing, a school (own / other of the same trust / another trust's), or a user (own trust / another trust's).</summary>
public enum Target
{
    None,
    School,
    User,

    /// <summary>An action of the own school / another school of the trust / another trust's school.</summary>
    Action,

    /// <summary>A proposed categorisation of the own school / another school / another trust's school.</summary>
    Categorisation,
}

/// <summary>One controller action and the status each role gets (see <see cref="AuthorizationMatrix"/>).</summary>
public sealed record MatrixRow(string Action, string Method, string Url, Target Target, string Statuses);

/// <summary>
/// The authorization matrix, kept as data: role x action x own school / other school / other
/// trust -> expected status. Columns are <see cref="Columns"/>. A school cell is
/// "own/other/otherTrust"; a user cell is "ownTrust/otherTrust". POSTs are sent without an
/// antiforgery token so nothing changes: 400 means the role passed authorization and was
/// stopped by antiforgery; 403 refused; 302 sent to sign in. The demo headteacher, local
/// committee member, SLE and officer are all assigned to the trust's first school; the last
/// school has no one assigned.
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
        new("SchoolRegister.Create", Post, "/schools/new", Target.None,                        "400         403         400         403         403         403         403         403         403         400         403         302"),
        new("SchoolRegister.Edit", Get, "/schools/{id}/edit", Target.School,                   "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Edit", Post, "/schools/{id}/edit", Target.School,                  "400/400/400 403/403/403 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 400/400/400 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Get, "/schools/{id}/close", Target.School,                 "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Post, "/schools/{id}/close", Target.School,                "400/400/400 403/403/403 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 400/400/400 403/403/403 302/302/302"),
        new("SchoolRegister.Reopen", Post, "/schools/{id}/reopen", Target.School,              "400/400/400 403/403/403 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 400/400/400 403/403/403 302/302/302"),
        new("SchoolRegister.Import", Get, "/schools/import", Target.None,                      "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Import", Post, "/schools/import", Target.None,                     "400         403         400         403         403         403         403         403         403         400         403         302"),
        new("SchoolRegister.Confirm", Post, "/schools/import/confirm", Target.None,            "400         403         400         403         403         403         403         403         403         400         403         302"),
        new("Policy.Index", Get, "/policy", Target.None,                                       "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Dashboard.Index", Get, "/dashboard", Target.None,                                 "200         200         200         200         403         403         403         200         403         403         403         302"),
        new("Categorisation.History", Get, "/schools/{id}/categorisation", Target.School,      "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Propose", Get, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Propose", Post, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Review", Get, "/categorisations/{id}", Target.Categorisation,     "200/200/404 200/200/404 200/200/404 200/200/404 403/403/404 403/403/404 403/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Plan", Post, "/categorisations/{id}/plan", Target.Categorisation,  "403/403/403 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Confirm", Post, "/categorisations/{id}/confirm", Target.Categorisation,
                                                                                               "400/400/400 403/403/403 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Return", Post, "/categorisations/{id}/return", Target.Categorisation,
                                                                                               "400/400/400 403/403/403 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Index", Get, "/actions", Target.None,                                     "200         200         200         200         403         403         403         200         403         403         403         302"),
        new("Actions.Mine", Get, "/actions/mine", Target.None,                                 "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Actions.School", Get, "/schools/{id}/actions", Target.School,                     "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Create", Get, "/schools/{id}/actions/new", Target.School,                 "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Create", Post, "/schools/{id}/actions/new", Target.School,                "400/400/400 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Details", Get, "/actions/{id}", Target.Action,                            "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Edit", Post, "/actions/{id}/edit", Target.Action,                         "400/400/400 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Status", Post, "/actions/{id}/status", Target.Action,                     "400/400/400 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Impact", Post, "/actions/{id}/impact", Target.Action,                     "400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 400/400/400 403/403/403 302/302/302"),
        new("Policy.Edit", Get, "/policy/edit", Target.None,                                   "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Policy.Edit", Post, "/policy/edit", Target.None,                                  "403         403         403         403         403         403         403         403         403         400         403         302"),
        new("Users.Index", Get, "/users", Target.None,                                         "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Create", Get, "/users/new", Target.None,                                    "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("Users.Create", Post, "/users/new", Target.None,                                   "403         403         403         403         403         403         403         403         403         400         403         302"),
        new("Users.Edit", Get, "/users/{id}", Target.User,                                     "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.Edit", Post, "/users/{id}", Target.User,                                    "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Users.Deactivate", Get, "/users/{id}/deactivate", Target.User,                    "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.DeactivateConfirmed", Post, "/users/{id}/deactivate", Target.User,          "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Users.Reactivate", Post, "/users/{id}/reactivate", Target.User,                   "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Users.ResetAuthenticator", Post, "/users/{id}/reset-authenticator", Target.User, "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Users.Assign", Post, "/users/{id}/assignments", Target.User,                      "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Users.Unassign", Post, "/users/{id}/assignments/0196f3a0-0000-7000-8000-000000000000/remove", Target.User,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     400/400     403/403     302/302"),
        new("Audit.Index", Get, "/audit", Target.None,                                         "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("Inspections.Index", Get, "/schools/{id}/inspections", Target.School,              "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Inspections.Create", Get, "/schools/{id}/inspections/new?framework=Siams", Target.School,
                                                                                               "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Create", Post, "/schools/{id}/inspections/new", Target.School,        "400/400/400 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Delete", Get, "/schools/{id}/inspections/0196f3a0-5e1d-7c3b-9a4f-2d8e6b1c7a05/delete", Target.School,
                                                                                               "404/404/404 403/403/403 404/404/404 404/404/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.DeleteConfirmed", Post, "/schools/{id}/inspections/0196f3a0-5e1d-7c3b-9a4f-2d8e6b1c7a05/delete", Target.School,
                                                                                               "400/400/400 403/403/403 400/400/400 400/400/400 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Trusts.Index", Get, "/platform/trusts", Target.None,                              "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Get, "/platform/trusts/new", Target.None,                         "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Post, "/platform/trusts/new", Target.None,                        "403         403         403         403         403         403         403         403         403         403         400         302"),
        new("Account.SignIn", Get, "/account/sign-in", Target.None,                            "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.SignIn", Post, "/account/sign-in", Target.None,                           "400         400         400         400         400         400         400         400         400         400         400         400"),
        new("Account.SignOutOfPortal", Post, "/account/sign-out", Target.None,                 "400         400         400         400         400         400         400         400         400         400         400         302"),
        new("Account.ForgotPassword", Get, "/account/forgot-password", Target.None,            "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.ForgotPassword", Post, "/account/forgot-password", Target.None,           "400         400         400         400         400         400         400         400         400         400         400         400"),
        new("Account.ResetPassword", Get, "/account/reset-password?email=a%40b.example&token=x", Target.None,
                                                                                               "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Account.ResetPassword", Post, "/account/reset-password", Target.None,             "400         400         400         400         400         400         400         400         400         400         400         400"),
        new("Mfa.Setup", Get, "/account/mfa/setup", Target.None,                               "200         200         200         200         200         200         200         200         200         200         200         302"),
        new("Mfa.Setup", Post, "/account/mfa/setup", Target.None,                              "400         400         400         400         400         400         400         400         400         400         400         302"),
        new("Mfa.Verify", Get, "/account/mfa/verify", Target.None,                             "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Verify", Post, "/account/mfa/verify", Target.None,                            "400         400         400         400         400         400         400         400         400         400         400         400"),
        new("Mfa.Recovery", Get, "/account/mfa/recovery", Target.None,                         "200         200         200         200         200         200         200         200         200         200         200         200"),
        new("Mfa.Recovery", Post, "/account/mfa/recovery", Target.None,                        "400         400         400         400         400         400         400         400         400         400         400         400"),
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
}
