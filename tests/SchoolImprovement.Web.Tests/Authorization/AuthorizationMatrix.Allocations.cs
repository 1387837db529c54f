namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Day allocations (Vine §4), a Vine capability: the matrix switches it on for DDAT (MatrixTargets), so that its DDAT columns
    /// test access rather than the switched-off 404. Read by the school work readers for the schools they see (SchoolScope
    /// Visible: the headteacher and SLE their own school); set, changed and SLEs assigned by those who manage allocations (CEO,
    /// Director of Learning); additional days approved by the Director of Learning; days logged by officers, SLEs and the
    /// Director of Learning (the allocation itself refuses anyone but the assignee). Posts carry no valid form, so an allowed
    /// one shows the form again (200) and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] AllocationRows =>
    [
        //                                                                                            CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("DayAllocations.Index", Get, "/allocations", Target.None,                                 "200         200         200         200         200         200         403         403         403         403         403         302"),
        new("DayAllocations.School", Get, "/schools/{id}/allocations", Target.School,                 "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.Allocation", Get, "/allocations/{id}", Target.DayAllocation,              "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.New", Get, "/schools/{id}/allocations/new", Target.School,                "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.New", Post, "/schools/{id}/allocations/new", Target.School,               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.Edit", Get, "/allocations/{id}/edit", Target.DayAllocation,               "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.Edit", Post, "/allocations/{id}/edit", Target.DayAllocation,              "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.AssignSle", Post, "/allocations/{id}/sle", Target.DayAllocation,          "200/200/404 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.ApproveAdditionalDays", Post, "/allocations/{id}/additional-days", Target.DayAllocation, "403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("DayAllocations.LogDays", Post, "/allocations/{id}/days", Target.DayAllocation,           "403/403/403 403/403/403 200/200/404 200/200/404 200/403/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
    ];
}
