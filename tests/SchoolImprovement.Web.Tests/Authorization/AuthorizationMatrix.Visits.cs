namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Improvement visits (issue 11), in every trust: read by the school work readers who see the school (ReadSchoolWork +
    /// SchoolScope Visible: the trust-wide team, and the own school's SLE and headteacher); recorded, edited and published by
    /// the school's linked officer or the Director of Learning (RecordVisits + LinkedOfficer); answered by the school's
    /// headteacher (RespondToVisits + Headteacher). The target visit is published, so its edit page is 404 to those allowed;
    /// posts carry no valid form, so an allowed one shows its page again (200: publishing a published note is refused) and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] VisitRows =>
    [
        //                                                                              CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Visits.Index", Get, "/visits", Target.None,                                "200         200         200         200         200         200         403         403         403         403         403         302"),
        new("Visits.School", Get, "/schools/{id}/visits", Target.School,                "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.New", Get, "/schools/{id}/visits/new", Target.School,               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.New", Post, "/schools/{id}/visits/new", Target.School,              "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.Visit", Get, "/visits/{id}", Target.Visit,                          "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.Edit", Get, "/visits/{id}/edit", Target.Visit,                      "403/403/403 403/403/403 404/404/404 404/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.Edit", Post, "/visits/{id}/edit", Target.Visit,                     "403/403/403 403/403/403 404/404/404 404/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.Publish", Post, "/visits/{id}/publish", Target.Visit,               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Visits.Respond", Post, "/visits/{id}/response", Target.Visit,              "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
