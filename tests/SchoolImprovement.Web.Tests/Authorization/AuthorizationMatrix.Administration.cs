namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Trust administration (users, role requests, sign-in rules, policy, audit) and platform administration.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] AdministrationRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Policy.Index", Get, "/policy", Target.None,                                       "200         200         200         200         200         200         200         200         200         200         403         302"),
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
        new("Users.ResendInvitation", Post, "/users/{id}/resend-invitation", Target.NewUser,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("Users.Assign", Post, "/users/{id}/assignments", Target.User,                      "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     200/404     403/403     302/302"),
        new("Users.Unassign", Post, "/users/{parent}/assignments/{id}/remove", Target.NewAssignment,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     302/404     403/403     302/302"),
        new("SignInRules.Index", Get, "/trust/sign-in-rules", Target.None,                     "403         403         403         403         403         403         403         403         403         200         403         302"),
        new("SignInRules.Index", Post, "/trust/sign-in-rules", Target.None,                    "403         403         403         403         403         403         403         403         403         302         403         302"),
        new("Audit.Index", Get, "/audit", Target.None,                                         "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("Audit.Security", Get, "/audit/security", Target.None,                             "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("Trusts.Index", Get, "/platform/trusts", Target.None,                              "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Get, "/platform/trusts/new", Target.None,                         "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("Trusts.Create", Post, "/platform/trusts/new", Target.None,                        "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("PlatformRoleRequests.Index", Get, "/platform/role-requests", Target.None,         "403         403         403         403         403         403         403         403         403         403         200         302"),
        new("PlatformRoleRequests.Approve", Post, "/platform/role-requests/00000000-0000-7000-8000-000000000001/approve", Target.None,
                                                                                               "403         403         403         403         403         403         403         403         403         403         404         302"),
        new("PlatformRoleRequests.Refuse", Post, "/platform/role-requests/00000000-0000-7000-8000-000000000001/refuse", Target.None,
                                                                                               "403         403         403         403         403         403         403         403         403         403         404         302"),
        new("Users.EndSession", Get, "/users/{id}/sessions/00000000-0000-7000-8000-000000000001/end", Target.User,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     404/404     403/403     302/302"),
        new("Users.EndSessionConfirmed", Post, "/users/{id}/sessions/00000000-0000-7000-8000-000000000001/end", Target.User,
                                                                                               "403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     403/403     404/404     403/403     302/302"),
        new("RoleRequests.Index", Get, "/users/role-requests", Target.None,                   "200         403         403         403         403         403         403         403         403         200         403         302"),
        new("RoleRequests.Approve", Post, "/users/role-requests/00000000-0000-7000-8000-000000000001/approve", Target.None,
                                                                                               "404         403         403         403         403         403         403         403         403         404         403         302"),
        new("RoleRequests.Refuse", Post, "/users/role-requests/00000000-0000-7000-8000-000000000001/refuse", Target.None,
                                                                                               "404         403         403         403         403         403         403         403         403         404         403         302"),
    ];
}
