namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Review cycles (issue 11 item 4), for DDAT's people: the due list, the calendar and one's own feed for every trust
    /// member (a school's due list for whoever sees the school); a school's review recorded by RecordReviews (a headteacher
    /// appraisal: DDAT tracks it); a development review, Vine-only, is 404 for DDAT (the capability stays off: rows expect
    /// 404 rather than switching it on); terms of reference reviews by the board managers (ManageBoards). Posts carry no
    /// valid form, so an allowed one shows the form again (200) and records nothing; making a feed shows its address (200);
    /// revoking redirects (302).
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] CycleRows =>
    [
        //                                                                                                                   CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Due.Index", Get, "/due", Target.None,                                                                          "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Due.School", Get, "/schools/{id}/due", Target.School,                                                          "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 403/403/403 302/302/302"),
        new("Calendar.Calendar", Get, "/calendar", Target.None,                                                             "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Calendar.Feed", Get, "/calendar/feed", Target.None,                                                            "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Calendar.CreateFeed", Post, "/calendar/feed", Target.None,                                                     "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Calendar.RevokeFeed", Get, "/calendar/feed/revoke", Target.None,                                               "200         200         200         200         200         200         200         200         200         200         403         302"),
        new("Calendar.ConfirmRevokeFeed", Post, "/calendar/feed/revoke", Target.None,                                       "302         302         302         302         302         302         302         302         302         302         403         302"),
        new("Reviews.Record", Get, "/schools/{id}/reviews/new?kind=HeadteacherAppraisal", Target.School,                    "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Reviews.Record", Post, "/schools/{id}/reviews/new?kind=HeadteacherAppraisal", Target.School,                   "200/200/404 200/200/404 200/200/404 200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Reviews.Record", Get, "/schools/{id}/reviews/new?kind=DevelopmentReview", Target.School,                       "404/404/404 404/404/404 404/404/404 404/404/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 302/302/302"),
        new("Reviews.TermsOfReference", Get, "/terms-of-reference/reviews/new?kind=RaisingAchievementBoard", Target.None,   "200         403         403         403         403         403         403         403         200         403         403         302"),
        new("Reviews.TermsOfReference", Post, "/terms-of-reference/reviews/new?kind=RaisingAchievementBoard", Target.None,  "200         403         403         403         403         403         403         403         200         403         403         302"),
        // The feed is anonymous by design: an unknown token is 404 for everyone, signed in or not (CalendarFeedTests prove a real one).
        new("Calendar.Ics", Get, "/calendar/feed/not-a-token.ics", Target.None,                                             "404         404         404         404         404         404         404         404         404         404         404         404"),
        // A review id of no trust: 404 for every trust member (the school scope finds nothing), 403 for the platform administrator.
        new("Reviews.Occurrence", Get, "/reviews/00000000-0000-7000-8000-000000000011", Target.None,                          "404         404         404         404         404         404         404         404         404         404         403         302"),
    ];
}
