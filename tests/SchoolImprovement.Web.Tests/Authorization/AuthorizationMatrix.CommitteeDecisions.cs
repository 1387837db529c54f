namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// The committee's decisions at a meeting (issue 12 item 3): the page is read by the pack readers (trustee, Deputy CEO and
    /// the builders: CEO, Director of Learning, governance professional); outcomes are recorded by the clerk only (the
    /// governance professional, <c>RecordCommitteeDecisions</c>), so every other reader gets 403 on the POST. A meeting has no
    /// school: another trust's is 404 by the tenancy filter. The post carries no valid form, so the clerk's is shown again (200)
    /// and changes nothing.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] CommitteeDecisionsRows =>
    [
        //                                                                                                        CEO     Deputy  DL      Officer SLE     Head    LocalCttee Trustee Governance TrustAdmin Platform Anonymous
        new("CommitteeDecisions.Decisions", Get, "/committee/meetings/{id}/decisions", Target.CommitteeMeeting,  "200/404 200/404 200/404 403/403 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("CommitteeDecisions.Decisions", Post, "/committee/meetings/{id}/decisions", Target.CommitteeMeeting, "403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
    ];
}
