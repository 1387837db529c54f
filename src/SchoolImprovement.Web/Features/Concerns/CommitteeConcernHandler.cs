using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Concerns;

/// <summary>
/// What the governance professional records for the Education and Standards Committee (declared on the controller):
/// that the committee was informed of a designation, and its decision on a recommended exit.
/// </summary>
public sealed class CommitteeConcernHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> InformedAsync(Guid id, CommitteeInformedForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        return await db.ChangeAsync(concern, form.Version, c =>
        {
            c.RecordCommitteeInformed(form.InformedOn!.Value, clock.Today(), trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }

    /// <summary>
    /// Accepted ends the designation (the school's mark is cleared) and the board sitting for it (DDAT §4: "the CEO will recommend
    /// to the Education and Standards Committee the exit of the school from the RAB"); rejected keeps the school causing concern.
    /// </summary>
    public async Task<CommandResult> ExitDecisionAsync(Guid id, ConcernExitDecisionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var concern = await db.ConcernCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        var school = concern is null ? null : await db.Schools.SingleAsync(s => s.Id == concern.SchoolId, ct);
        var boards = concern is null ? [] : await db.Boards.Where(b => b.ConcernCaseId == concern.Id && b.Status == Domain.Boards.BoardStatus.Active).ToListAsync(ct);
        return await db.ChangeAsync(concern, form.Version, c =>
        {
            c.RecordCommitteeExitDecision(school!, form.Accepted!.Value, form.Notes, trust.UserId!.Value, clock.GetUtcNow(), clock.Today());
            if (c.Status == Domain.Concerns.ConcernStatus.Exited)
            {
                foreach (var board in boards)
                {
                    board.End(clock.Today(), "The Education and Standards Committee agreed the school's exit.", clock.GetUtcNow());
                }
            }

            return Task.CompletedTask;
        }, c => c.Id, ct);
    }
}
