namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Pupil headline data: entry, import, validation, national comparators and the data dashboards.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] HeadlineDataRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        // The headteacher for their own school; the improvement team for any. Empty POSTs change nothing: the grid saves no cell (302),
        // the import and validation (of 2030, which has no figures) are refused on the page (200).
        new("HeadlineData.Index", Get, "/schools/{id}/data", Target.School,                 "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Edit", Get, "/schools/{id}/data/2025/edit", Target.School,         "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Edit", Post, "/schools/{id}/data/2025/edit", Target.School,        "302/302/404 403/403/403 302/302/404 302/302/404 403/403/403 302/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Import", Get, "/schools/{id}/data/import", Target.School,          "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Import", Post, "/schools/{id}/data/import", Target.School,         "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Template", Get, "/schools/{id}/data/template.csv", Target.School,  "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.Validate", Get, "/schools/{id}/data/2030/validate", Target.School, "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("HeadlineData.ValidateConfirmed", Post, "/schools/{id}/data/2030/validate", Target.School, "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),

        // National comparators: read by the trust, kept by the trust administrator. An empty form is refused (200); a delete
        // without the version is a conflict (422) and deletes nothing.
        new("NationalComparators.Index", Get, "/data/national", Target.None,                   "200 200 200 200 200 200 200 200 200 200 403 302"),
        new("NationalComparators.Create", Get, "/data/national/new", Target.None,              "403 403 403 403 403 403 403 403 403 200 403 302"),
        new("NationalComparators.Create", Post, "/data/national/new", Target.None,             "403 403 403 403 403 403 403 403 403 200 403 302"),
        new("NationalComparators.Edit", Get, "/data/national/{id}/edit", Target.NationalComparator,  "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/404 403/403 302/302"),
        new("NationalComparators.Edit", Post, "/data/national/{id}/edit", Target.NationalComparator, "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/404 403/403 302/302"),
        new("NationalComparators.Delete", Get, "/data/national/{id}/delete", Target.NationalComparator, "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/404 403/403 302/302"),
        new("NationalComparators.DeleteConfirmed", Post, "/data/national/{id}/delete", Target.NationalComparator, "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 422/404 403/403 302/302"),

        // Data dashboards (wt-dash): the heat map and the Spotlight candidates for trust data readers; one school's trends and gaps for whoever sees the school.
        new("DataDashboards.HeatMap", Get, "/data", Target.None,                               "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.HeatMapCsv", Get, "/data.csv", Target.None,                        "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.Spotlight", Get, "/data/spotlight", Target.None,                   "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.SpotlightCsv", Get, "/data/spotlight.csv", Target.None,            "200         200         200         200         403         403         403         200         200         403         403         302"),
        new("DataDashboards.School", Get, "/data/schools/{id}", Target.School,                 "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("DataDashboards.SchoolCsv", Get, "/data/schools/{id}.csv", Target.School,          "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
    ];
}
