namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Spotlight projects (DDAT §6): read by the trust-wide roles and by the school's own headteacher, local committee
    /// member and SLE (SchoolScope Visible); opened, visited and closed by the improvement team (LeadSpotlight). Posts carry
    /// no valid form, so an allowed one shows the form again (200) and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] SpotlightProjectRows =>
    [
        //                                                                                        CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("SpotlightProjects.Index", Get, "/spotlight", Target.None,                           "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("SpotlightProjects.Project", Get, "/spotlight/{id}", Target.SpotlightProject,        "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("SpotlightProjects.Open", Get, "/schools/{id}/spotlight/new", Target.School,         "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("SpotlightProjects.Open", Post, "/schools/{id}/spotlight/new", Target.School,        "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("SpotlightProjects.RecordVisit", Post, "/spotlight/{id}/visits", Target.SpotlightProject, "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("SpotlightProjects.Close", Get, "/spotlight/{id}/close", Target.SpotlightProject,     "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("SpotlightProjects.Close", Post, "/spotlight/{id}/close", Target.SpotlightProject,    "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
