namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Health checks (DDAT §2): read by those who read a school's work (ReadSchoolWork) for the schools they see (SchoolScope
    /// Visible); started, rated and completed by RecordHealthChecks (CEO, Deputy CEO, Director of Learning, officer); evidence
    /// of impact by RecordImpact for the school (SchoolScope Headteacher: the improvement team, or the school's own head).
    /// Posts carry no valid form, so an allowed one shows the page again (200) and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] HealthCheckRows =>
    [
        //                                                                                                   CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("HealthChecks.Index", Get, "/health-checks", Target.None,                                       "200         200         200         200         200         200         403         403         403         403         403         302"),
        new("HealthChecks.School", Get, "/schools/{id}/health-checks", Target.School,                       "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Start", Get, "/schools/{id}/health-checks/new", Target.School,                    "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Start", Post, "/schools/{id}/health-checks/new", Target.School,                   "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Check", Get, "/health-checks/{id}", Target.HealthCheck,                           "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Rate", Post, "/health-checks/{id}/areas/{parent}", Target.HealthCheck,            "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Complete", Post, "/health-checks/{id}/complete", Target.HealthCheck,              "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HealthChecks.Impact", Post, "/health-checks/{id}/areas/{parent}/impact", Target.HealthCheck,   "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
