namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Pupil headline data: entry, import, validation, national comparators and the data dashboards.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] HeadlineDataRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous

        // Data dashboards (wt-dash): the heat map and the Spotlight candidates for trust data readers; one school's trends and gaps for whoever sees the school.
        new("DataDashboards.HeatMap", Get, "/data", Target.None,                               "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.HeatMapCsv", Get, "/data.csv", Target.None,                        "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.Spotlight", Get, "/data/spotlight", Target.None,                   "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.SpotlightCsv", Get, "/data/spotlight.csv", Target.None,            "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.School", Get, "/data/schools/{id}", Target.School,                 "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("DataDashboards.SchoolCsv", Get, "/data/schools/{id}.csv", Target.School,          "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
    ];
}
