using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

/// <summary>The members ticked as present (board member ids).</summary>
public sealed class AttendanceForm : IVersionedForm
{
    public Guid Version { get; set; }

    public List<Guid> Present { get; set; } = [];
}

/// <summary>
/// Records who attended: the meeting is then held, and quorate when the voting members present reach the board's quorum
/// (computed by the board, stored on the meeting). Who may is declared on the controller.
/// </summary>
public sealed class RecordAttendanceHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid meetingId, AttendanceForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.BoardMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return CommandResult.Missing;
        }

        var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleAsync(b => b.Id == meeting.BoardId, ct);
        return await db.ChangeAsync(meeting, form.Version, m =>
        {
            m.RecordAttendance(board, form.Present, clock.Today(), trust.UserId!.Value, clock.GetUtcNow());
            return Task.CompletedTask;
        }, m => m.Id, ct);
    }
}
