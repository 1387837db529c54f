using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed record UrgentDecisionRow(
    Guid Id, Guid Version, string Text, DateOnly DecidedOn, string DecidedBy, UrgentDecisionStatus Status, DateOnly? RatifiedOn, string? Notes)
{
    public bool AwaitsRatification => Status == UrgentDecisionStatus.AwaitingRatification;
}

/// <summary>A board's urgent decisions, the chair's form and the committee's ratification forms.</summary>
public sealed record UrgentDecisionsPage(
    Guid BoardId,
    string BoardLabel,
    Guid SchoolId,
    string SchoolName,
    string? ChairName,
    IReadOnlyList<UrgentDecisionRow> Decisions,
    bool CanDecide,
    bool CanRatify,
    UrgentDecisionForm Form,
    Guid? RatificationFor,
    RatificationForm RatificationForm);

/// <summary>Reads a board's urgent decisions in a constant number of queries (the board and chair, the school, the decisions with who decided).</summary>
public sealed class UrgentDecisionQueries(PortalDbContext db, TimeProvider clock)
{
    public async Task<UrgentDecisionsPage?> PageAsync(ClaimsPrincipal user, Guid boardId, Permissions can, UrgentDecisionForm? kept, Guid? ratificationFor, RatificationForm? keptRatification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(can);
        var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return null;
        }

        var school = await db.Schools.Where(s => s.Id == board.SchoolId).Select(s => s.Name).SingleAsync(ct);
        var decisions = await db.UrgentDecisions.AsNoTracking().Where(d => d.BoardId == boardId).OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.RecordedAt)
            .Select(d => new UrgentDecisionRow(
                d.Id, d.Version, d.Text, d.DecidedOn, db.Users.Where(u => u.Id == d.DecidedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "", d.Status, d.RatifiedOn, d.Notes))
            .ToListAsync(ct);
        var isChair = board.Chair?.UserId is { } chairUser && chairUser == user.Id();
        return new UrgentDecisionsPage(
            board.Id, board.Kind.Label(), board.SchoolId, school, board.Chair?.Name, decisions,
            CanDecide: can.RecordBoardMeetings && isChair && board.Status == BoardStatus.Active,
            CanRatify: can.RecordCommitteeDecisions,
            kept ?? new UrgentDecisionForm { DecidedOn = clock.Today() },
            ratificationFor,
            keptRatification ?? new RatificationForm { On = clock.Today() });
    }
}
