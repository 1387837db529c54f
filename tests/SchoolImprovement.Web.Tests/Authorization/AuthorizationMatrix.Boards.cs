namespace SchoolImprovement.Web.Tests.Authorization;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// Boards (issue 10): the page for trust-wide roles, the people assigned to the board's school and its members;
    /// changes for the board managers (CEO, governance professional). An empty form is shown again (200), changing nothing.
    /// A platform administrator has no trust, so no trust policy switches boards on: the page is absent (404).
    /// Forming a board targets a designated concern case (the matrix's shared one: an empty form is refused, 200). Removing a
    /// member targets the board's member ({parent}); an empty POST carries no version, so it is refused as a conflict (422) and
    /// the member stays.
    /// </summary>
    // A property, not a field: static fields of a partial class start in file order, which is not fixed.
    private static MatrixRow[] BoardsRows =>
    [
        //                                                                                              CEO         Deputy      DL          Officer     SLE         Head        LocalCttee  Trustee     Governance  TrustAdmin  Platform    Anonymous
        new("Boards.Show", Get, "/boards/{id}", Target.Board,                                         "200/200/404 200/200/404 200/200/404 200/200/404 200/403/404 200/403/404 200/403/404 200/200/404 200/200/404 200/200/404 404/404/404 302/302/302"),
        new("Boards.AddMember", Post, "/boards/{id}/members", Target.Board,                           "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.Chair", Post, "/boards/{id}/chair", Target.Board,                                 "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.Extend", Post, "/boards/{id}/extend", Target.Board,                               "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.Recruitment", Post, "/boards/{id}/recruitment", Target.Board,                     "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.New", Get, "/concerns/{id}/boards/new", Target.ConcernCase,                      "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.New", Post, "/concerns/{id}/boards/new", Target.ConcernCase,                     "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.RemoveMember", Get, "/boards/{id}/members/{parent}/remove", Target.Board,        "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.RemoveMember", Post, "/boards/{id}/members/{parent}/remove", Target.Board,       "422/422/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 422/422/404 403/403/403 403/403/403 302/302/302"),
        new("Boards.LocalCommitteeFormed", Post, "/boards/{id}/local-committee-formed", Target.Board, "200/200/404 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 403/403/403 200/200/404 403/403/403 403/403/403 302/302/302"),
    ];
}
