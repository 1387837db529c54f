namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>The trust view of schools causing concern, boards, the committee's business and Spotlight projects (issue 10).</summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] ConcernsOverviewRows =>
    [
        // The concern readers (the central team, trustees and the governance professional); never a school's headteacher, local
        // committee member or SLE. DDAT uses concerns, boards and Spotlight, so the page is there for its people.
        //                                                                                      CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("ConcernsOverview.Index", Get, "/concerns", Target.None,                           "200         200         200         200         403         403         403         200         200         403         403         302"),
    ];
}
