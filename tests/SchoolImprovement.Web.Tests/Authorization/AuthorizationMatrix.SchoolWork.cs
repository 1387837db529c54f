namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>Schools, the register, categorisation, actions, inspections and the dashboard.</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] SchoolWorkRows =>
    [
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Home.Index", Get, "/", Target.None,                                               "302         302         302         302         302         302         302         302         302         302         302         302"),
        new("Schools.Index", Get, "/schools", Target.None,                                     "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Schools.Details", Get, "/schools/{id}", Target.School,                            "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Create", Get, "/schools/new", Target.None,                         "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Create", Post, "/schools/new", Target.None,                        "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Edit", Get, "/schools/{id}/edit", Target.School,                   "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Edit", Post, "/schools/{id}/edit", Target.School,                  "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Get, "/schools/{id}/close", Target.School,                 "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Close", Post, "/schools/{id}/close", Target.School,                "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 302/302/302"),
        new("SchoolRegister.Reopen", Post, "/schools/{id}/reopen", Target.NewClosedSchool,     "302/302/404 403/403/403 302/302/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/404 403/403/403 302/302/302"),
        new("SchoolRegister.Import", Get, "/schools/import", Target.None,                      "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Import", Post, "/schools/import", Target.None,                     "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("SchoolRegister.Confirm", Post, "/schools/import/confirm", Target.None,            "200         403         200         403         403         403         403         403         403         200         403         302"),
        new("Dashboard.Index", Get, "/dashboard", Target.None,                                 "200         200         200         200         403         403         403         200         403         403         403         302"),
        // The load harness's reference page is not routed unless Diagnostics:ReferencePage is on (Diagnostics/ReferencePageTests): 404 signed in, sign-in first as for any path.
        new("ReferencePage.Index", Get, "/diagnostics/reference", Target.None,                 "404         404         404         404         404         404         404         404         404         404         404         302"),
        new("Categorisation.History", Get, "/schools/{id}/categorisation", Target.School,      "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Propose", Get, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Propose", Post, "/schools/{id}/categorisation/propose", Target.School,
                                                                                               "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Review", Get, "/categorisations/{id}", Target.Categorisation,     "200/200/404 200/200/404 200/200/404 200/200/404 403/403/404 403/403/404 403/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Categorisation.Plan", Post, "/categorisations/{id}/plan", Target.NewProposal,     "403/403/403 403/403/403 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Confirm", Post, "/categorisations/{id}/confirm", Target.NewProposal,
                                                                                               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Categorisation.Return", Post, "/categorisations/{id}/return", Target.NewProposal,
                                                                                               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Index", Get, "/actions", Target.None,                                     "200         200         200         200         403         403         403         200         403         403         403         302"),
        new("Actions.Mine", Get, "/actions/mine", Target.None,                                 "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Actions.School", Get, "/schools/{id}/actions", Target.School,                     "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Create", Get, "/schools/{id}/actions/new", Target.School,                 "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Create", Post, "/schools/{id}/actions/new", Target.School,                "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Details", Get, "/actions/{id}", Target.Action,                            "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Actions.Edit", Post, "/actions/{id}/edit", Target.Action,                         "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Status", Post, "/actions/{id}/status", Target.Action,                     "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Actions.Impact", Post, "/actions/{id}/impact", Target.Action,                     "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Index", Get, "/schools/{id}/inspections", Target.School,              "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Inspections.Create", Get, "/schools/{id}/inspections/new?framework=Siams", Target.School,
                                                                                               "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Create", Post, "/schools/{id}/inspections/new", Target.School,        "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.Delete", Get, "/schools/{parent}/inspections/{id}/delete", Target.Inspection,
                                                                                               "200/200/404 403/403/403 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Inspections.DeleteConfirmed", Post, "/schools/{parent}/inspections/{id}/delete", Target.NewInspection,
                                                                                               "302/302/404 403/403/403 302/302/404 302/302/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
