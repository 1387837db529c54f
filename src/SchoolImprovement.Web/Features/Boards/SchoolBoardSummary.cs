using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Boards;

/// <summary>
/// The school profile's line about the school's sitting board: its kind, end date (flagged near its end) and a link,
/// and whether it replaces the local committee (an ILTC). Whoever sees the profile may see the school's board
/// (<see cref="SchoolRelation.BoardMember"/> includes everyone assigned to the school). One query, or none when the
/// trust's policy does not use boards.
/// </summary>
public sealed record SchoolBoardSummary(Guid Id, string KindLabel, DateOnly EndsOn, bool NearEnd, bool ReplacesLocalCommittee)
{
    public static async Task<SchoolBoardSummary?> ReadAsync(PortalDbContext db, Guid schoolId, DateOnly today, Permissions permissions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(permissions);
        if (!permissions.Uses(PolicyCapability.Boards))
        {
            return null;
        }

        var board = await db.Boards.AsNoTracking().Where(b => b.SchoolId == schoolId && b.Status == BoardStatus.Active)
            .Select(b => new { b.Id, b.Kind, b.StartYear, b.StartTermNumber, Terms = b.FirstPeriodTerms + b.Extensions.Sum(e => e.Terms), b.ReplacesLocalCommittee })
            .FirstOrDefaultAsync(ct);
        if (board is null)
        {
            return null;
        }

        var end = new AcademicTerm(new AcademicYear(board.StartYear), board.StartTermNumber).Plus(board.Terms - 1);
        return new SchoolBoardSummary(board.Id, board.Kind.Label(), end.LastDay, today >= new HalfTerm(end, 2).FirstDay, board.ReplacesLocalCommittee);
    }
}
