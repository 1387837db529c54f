namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Board meetings (issue 10 item 3): read by whoever sees the board (trust-wide roles, people assigned to its school, its
    /// members and clerk); recorded by its chair (the Deputy CEO here) or clerk, or the governance professional; the
    /// committee's decisions and ratifications by the governance professional only.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] BoardMeetingRows =>
    [
        //                                                                                                       CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("BoardMeetings.New", Get, "/boards/{id}/meetings/new", Target.MeetingBoard,                        "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.New", Post, "/boards/{id}/meetings/new", Target.MeetingBoard,                       "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.Meeting", Get, "/meetings/{id}", Target.BoardMeeting,                               "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("BoardMeetings.Attendance", Post, "/meetings/{id}/attendance", Target.BoardMeeting,                "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.Minutes", Post, "/meetings/{id}/minutes", Target.BoardMeeting,                      "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.Recommend", Post, "/meetings/{id}/recommendations", Target.BoardMeeting,            "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.Decision", Post, "/recommendations/{id}/decision", Target.BoardRecommendation,      "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.UrgentDecisions", Get, "/boards/{id}/urgent-decisions", Target.MeetingBoard,        "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("BoardMeetings.UrgentDecisions", Post, "/boards/{id}/urgent-decisions", Target.MeetingBoard,       "403/403/404 200/200/404 403/403/404 403/403/404 403/403/403 403/403/403 403/403/403 403/403/404 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("BoardMeetings.Ratification", Post, "/urgent-decisions/{id}/ratification", Target.UrgentDecision, "403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
    ];
}
