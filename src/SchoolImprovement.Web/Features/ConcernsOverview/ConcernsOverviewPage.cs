using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;

namespace SchoolImprovement.Web.Features.ConcernsOverview;

/// <summary>
/// The trust view: each section only when the trust's policy uses its capability (<see cref="ShowsConcerns"/>,
/// <see cref="ShowsBoards"/> — boards, their recommendations to the committee and urgent decisions —, <see cref="ShowsSpotlight"/>).
/// Every row links to the page that deals with it.
/// </summary>
public sealed record ConcernsOverviewPage(
    DateOnly Today,
    bool ShowsConcerns,
    bool ShowsBoards,
    bool ShowsSpotlight,
    IReadOnlyList<ConcernRow> Concerns,
    IReadOnlyList<BoardRow> Boards,
    IReadOnlyList<RecommendationRow> Recommendations,
    IReadOnlyList<UrgentDecisionRow> UrgentDecisions,
    IReadOnlyList<SpotlightRow> Spotlight);

/// <summary>An open concern case: recommended (awaiting the CEO's decision), designated, or exit recommended (awaiting the committee).</summary>
/// <param name="Since">The day of the recommendation, the designation or the exit recommendation, whichever the status is.</param>
/// <param name="AwaitsCommitteeNotice">Designated, and the committee not yet told.</param>
public sealed record ConcernRow(
    Guid CaseId, Guid SchoolId, string School, ConcernStatus Status, DateOnly Since, BoardKind ProposedResponse, bool AwaitsCommitteeNotice)
{
    public bool AwaitsCeoDecision => Status == ConcernStatus.Recommended;

    public bool ExitRecommended => Status == ConcernStatus.ExitRecommended;
}

/// <summary>An active board: its period's end (flagged near it or past it), meetings and the ILTC link roles nobody holds.</summary>
/// <param name="QuorateMeetingsHeld">Held meetings that were quorate.</param>
/// <param name="NextMeeting">The next scheduled meeting on or after today; null when none is scheduled.</param>
public sealed record BoardRow(
    Guid BoardId, Guid SchoolId, string School, BoardKind Kind, int QuorateMeetingsHeld, DateOnly? NextMeeting, DateOnly EndsOn, bool NearEnd, bool PastEnd,
    IReadOnlyList<LinkRole> MissingLinkRoles);

/// <summary>A board's recommendation to the committee, pending its decision.</summary>
public sealed record RecommendationRow(Guid RecommendationId, Guid MeetingId, Guid BoardId, Guid SchoolId, string School, BoardKind Kind, string Text, DateOnly MadeOn);

/// <summary>A chair's urgent decision awaiting ratification at the next committee meeting.</summary>
public sealed record UrgentDecisionRow(Guid DecisionId, Guid BoardId, Guid SchoolId, string School, BoardKind Kind, string Text, DateOnly DecidedOn);

/// <summary>An open Spotlight project: its officer, last visit and the next visit's due day (overdue when a half term went by without one).</summary>
public sealed record SpotlightRow(Guid ProjectId, Guid SchoolId, string School, string Officer, DateOnly OpenedOn, DateOnly? LastVisitOn, DateOnly NextVisitDueBy, bool Overdue);
