namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Termly SEF and SIP returns: upload, versions, downloads, reviews, moderation, website checks and the returns page.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] ReturnsRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Returns.School", Get, "/schools/{id}/returns", Target.School,                    "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Returns.Upload", Post, "/schools/{id}/returns/upload", Target.School,             "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Returns.Version", Get, "/returns/versions/{id}", Target.ReturnVersion,            "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Returns.Download", Get, "/returns/versions/{id}/download", Target.ReturnVersion,  "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Returns.Review", Post, "/returns/versions/{id}/review", Target.ReturnVersion,      "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Returns.Moderate", Post, "/returns/versions/{id}/moderate", Target.ReturnVersion, "403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),

        // The trust-wide returns page (returns-pages): the central team only.
        new("ReturnsOverview.Index", Get, "/returns", Target.None,                             "200         200         200         200         403         403         403         403         403         403         403         302"),
        // Website checks (returns-pages): the central team and the school's headteacher read them; the Director of Learning records them.
        new("WebsiteChecks.Index", Get, "/schools/{id}/website-checks", Target.School,         "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("WebsiteChecks.Create", Get, "/schools/{id}/website-checks/new", Target.School,    "403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("WebsiteChecks.Create", Post, "/schools/{id}/website-checks/new", Target.School,   "403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
