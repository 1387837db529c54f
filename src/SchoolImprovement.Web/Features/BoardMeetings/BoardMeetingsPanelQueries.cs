using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed record BoardMeetingRow(Guid Id, DateOnly ScheduledOn, BoardMeetingStatus Status, bool? Quorate, int? VotingPresent, int? Quorum);

public sealed record PendingRecommendationRow(Guid Id, Guid MeetingId, DateOnly MeetingOn, string Text);

public sealed record UnratifiedDecisionRow(Guid Id, DateOnly DecidedOn, string Text);

/// <summary>
/// The meetings part of a board's page: its meetings with quorate or not, the next meeting (scheduled, or the next date on
/// the cycle), recommendations pending the committee and urgent decisions awaiting ratification, with what the person may do.
/// </summary>
public sealed record BoardMeetingsPanel(
    Guid BoardId,
    IReadOnlyList<BoardMeetingRow> Meetings,
    DateOnly? NextScheduled,
    DateOnly? NextOnCycle,
    IReadOnlyList<PendingRecommendationRow> PendingRecommendations,
    IReadOnlyList<UnratifiedDecisionRow> UnratifiedDecisions,
    bool CanSchedule)
{
    public int QuorateHeld => Meetings.Count(m => m.Status == BoardMeetingStatus.Held && m.Quorate == true);
}

/// <summary>Reads <see cref="BoardMeetingsPanel"/> in a fixed number of queries (meetings, pending recommendations, unratified decisions, the person's tie to the board) whatever the board's history.</summary>
public sealed class BoardMeetingsPanelQueries(PortalDbContext db, TimeProvider clock, SchoolAccess access, PermissionsReader permissions, IHttpContextAccessor http)
{
    /// <param name="board">The board as its page loaded it (with its extensions, for its period).</param>
    public async Task<BoardMeetingsPanel> ReadAsync(Board board, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(board);
        var user = http.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();
        // The board's chair or clerk, or the governance professional (as the schedule action declares).
        var canSchedule = (await permissions.CurrentAsync()).RecordBoardMeetings
            && await access.CheckAsync(user, ScopeFrom.Board, board.Id, SchoolRelation.BoardOfficer, ct) == SchoolAccessOutcome.Allowed;
        var meetings = await db.BoardMeetings.AsNoTracking().Where(m => m.BoardId == board.Id).OrderBy(m => m.ScheduledOn)
            .Select(m => new BoardMeetingRow(m.Id, m.ScheduledOn, m.Status, m.Quorate, m.VotingPresent, m.QuorumRequired))
            .ToListAsync(ct);
        var pending = await db.BoardRecommendations.AsNoTracking().Where(r => r.BoardId == board.Id && r.Status == RecommendationStatus.Pending)
            .Join(db.BoardMeetings, r => r.MeetingId, m => m.Id, (r, m) => new { r.Id, r.MeetingId, m.ScheduledOn, r.Text, r.RecordedAt })
            .OrderBy(r => r.RecordedAt)
            .Select(r => new PendingRecommendationRow(r.Id, r.MeetingId, r.ScheduledOn, r.Text))
            .ToListAsync(ct);
        var unratified = await db.UrgentDecisions.AsNoTracking().Where(d => d.BoardId == board.Id && d.Status == UrgentDecisionStatus.AwaitingRatification)
            .OrderBy(d => d.DecidedOn)
            .Select(d => new UnratifiedDecisionRow(d.Id, d.DecidedOn, d.Text))
            .ToListAsync(ct);
        var today = clock.Today();
        var held = meetings.Where(m => m.Status != BoardMeetingStatus.Cancelled).ToList();
        var nextScheduled = held.Where(m => m.Status == BoardMeetingStatus.Scheduled && m.ScheduledOn >= today).Select(m => (DateOnly?)m.ScheduledOn).FirstOrDefault();
        var last = held.Count == 0 ? (DateOnly?)null : held[^1].ScheduledOn;
        var onCycle = BoardMeetingCycle.NextDates(board, last, today, 1);
        return new BoardMeetingsPanel(board.Id, meetings, nextScheduled, onCycle.Count > 0 ? onCycle[0] : null, pending, unratified,
            canSchedule && board.Status == BoardStatus.Active);
    }
}
