namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Schools causing concern (DDAT columns; DDAT uses the capability): the profile's recommending role (DDAT: Deputy CEO)
    /// recommends, its deciding role (the CEO) designates, declines, decides external support and recommends exit; the
    /// central team asks for external support; the governance professional records the committee's notice and decision;
    /// the concern readers see the case. Empty POSTs are refused on the same page (200) and change nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] ConcernRows =>
    [
        //                                                                                                CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Concerns.Recommend", Get, "/schools/{id}/concerns/recommend", Target.School,                "403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.Recommend", Post, "/schools/{id}/concerns/recommend", Target.School,               "403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.Case", Get, "/concerns/{id}", Target.ConcernCase,                                  "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Concerns.Designate", Post, "/concerns/{id}/designate", Target.ConcernCase,                  "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.Decline", Post, "/concerns/{id}/decline", Target.ConcernCase,                      "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.Exit", Post, "/concerns/{id}/exit", Target.ConcernCase,                            "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.ExitDecision", Post, "/concerns/{id}/exit-decision", Target.ConcernCase,           "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Concerns.CommitteeInformed", Post, "/concerns/{id}/committee-informed", Target.ConcernCase, "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Concerns.ExternalSupport", Post, "/concerns/{id}/external-support", Target.ConcernCase,     "403/403/403 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Concerns.DecideExternalSupport", Post, "/external-support/{id}/decide", Target.ExternalSupportRequest, "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
