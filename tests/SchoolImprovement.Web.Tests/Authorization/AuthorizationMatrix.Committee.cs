namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Education and Standards Committee meetings and packs (issue 12). Published packs are read by the pack readers (trustee,
    /// Deputy CEO and the builders); meetings are scheduled and cancelled, drafts built, published and corrected only by the
    /// builders (CEO, Director of Learning, governance professional), so a trustee gets 403 on a draft. Meetings and packs have
    /// no school: another trust's are 404 by the tenancy filter. The meeting target already has version 1 published, so an
    /// allowed publish is refused (200) and changes nothing; the other posts carry no valid form (200). The draft, draft PDF
    /// and pack PDF rows need the pack builder and PDF renderer registered (other helpers' branches of issue 12).
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] CommitteeRows =>
    [
        //                                                                                                    CEO     Deputy  DL      Officer SLE     Head    LocalCttee Trustee Governance TrustAdmin Platform Anonymous
        new("Committee.Index", Get, "/committee", Target.None,                                                "200     200     200     403     403     403     403     200     200     403     403     302"),
        new("Committee.Schedule", Post, "/committee/meetings", Target.None,                                   "200     403     200     403     403     403     403     403     200     403     403     302"),
        new("Committee.ScheduleYear", Post, "/committee/meetings/year", Target.None,                          "200     403     200     403     403     403     403     403     200     403     403     302"),
        new("Committee.Meeting", Get, "/committee/meetings/{id}", Target.CommitteeMeeting,                    "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Cancel", Get, "/committee/meetings/{id}/cancel", Target.CommitteeMeeting,              "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Cancel", Post, "/committee/meetings/{id}/cancel", Target.CommitteeMeeting,             "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Draft", Get, "/committee/meetings/{id}/draft", Target.CommitteeMeeting,                "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.DraftPdf", Get, "/committee/meetings/{id}/draft/pdf", Target.CommitteeMeeting,         "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Publish", Post, "/committee/meetings/{id}/publish", Target.CommitteeMeeting,           "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Correct", Post, "/committee/meetings/{id}/corrections", Target.CommitteeMeeting,       "200/404 403/403 200/404 403/403 403/403 403/403 403/403 403/403 200/404 403/403 403/403 302/302"),
        new("Committee.Pack", Get, "/committee/packs/{id}", Target.CommitteePack,                             "200/404 200/404 200/404 403/403 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
        new("Committee.PackPdf", Get, "/committee/packs/{id}/pdf", Target.CommitteePack,                      "200/404 200/404 200/404 403/403 403/403 403/403 403/403 200/404 200/404 403/403 403/403 302/302"),
    ];
}
