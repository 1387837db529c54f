namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Due diligence for joining schools (Vine §5, Appendix A) and the integration plan. The DDAT policy has no due diligence,
    /// so its administrator switches it on for the matrix (MatrixTargets.CreateAsync) and these rows test access rather than the
    /// switched-off 404 (DueDiligenceCapabilityTests covers that). Read by the due diligence readers (CEO, Deputy CEO, DL,
    /// officer, trustee, governance professional); written by the leads (CEO, DL). An assessment has no school: another trust's is
    /// 404 by the tenancy filter. Posts carry no valid form, so an allowed one shows the form again (200) and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] DueDiligenceRows =>
    [
        //                                                                                           CEO     Deputy  DL      Officer SLE     Head    LocalCttee Trustee Governance TrustAdmin Platform Anonymous
        new("DueDiligence.Index", Get, "/due-diligence", Target.None,                               "200     200     200     200     403     403     403     200     200     403     403     302"),
        new("DueDiligence.New", Get, "/due-diligence/new", Target.None,                             "200     403     200     403     403     403     403     403     403     403     403     302"),
        new("DueDiligence.New", Post, "/due-diligence/new", Target.None,                            "200     403     200     403     403     403     403     403     403     403     403     302"),
        new("DueDiligence.Assessment", Get, "/due-diligence/{id}", Target.DueDiligence,             "200/404 200/404 200/404 200/404 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("DueDiligence.Record", Post, "/due-diligence/{id}/areas", Target.DueDiligence,          "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
        new("DueDiligence.Report", Get, "/due-diligence/{id}/report", Target.DueDiligence,          "200/404 200/404 200/404 200/404 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("DueDiligence.Export", Get, "/due-diligence/{id}/export", Target.DueDiligence,          "200/404 200/404 200/404 200/404 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("DueDiligence.Complete", Get, "/due-diligence/{id}/complete", Target.DueDiligence,      "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
        new("DueDiligence.Complete", Post, "/due-diligence/{id}/complete", Target.DueDiligence,     "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
        new("DueDiligence.Withdraw", Get, "/due-diligence/{id}/withdraw", Target.DueDiligence,      "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
        new("DueDiligence.Withdraw", Post, "/due-diligence/{id}/withdraw", Target.DueDiligence,     "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
        new("DueDiligence.IntegrationPlan", Get, "/schools/{id}/integration-plan", Target.JoinedSchool,  "200/404 200/404 200/404 200/404 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("DueDiligence.IntegrationPlan", Post, "/schools/{id}/integration-plan", Target.JoinedSchool, "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 302/302"),
    ];
}
