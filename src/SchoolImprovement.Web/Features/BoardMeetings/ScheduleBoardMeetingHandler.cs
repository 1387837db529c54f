using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.BoardMeetings;

public sealed class ScheduleMeetingForm
{
    public DateOnly? ScheduledOn { get; set; }
}

public sealed class ScheduleMeetingFormValidator : AbstractValidator<ScheduleMeetingForm>
{
    public ScheduleMeetingFormValidator()
    {
        RuleFor(f => f.ScheduledOn).NotNull().WithMessage("Enter the date of the meeting.");
    }
}

/// <summary>The schedule form: the board, its period and cycle, its last meeting and the next dates on the cycle.</summary>
public sealed record ScheduleMeetingPage(
    Guid BoardId, string BoardLabel, Guid SchoolId, string SchoolName, DateOnly StartsOn, DateOnly EndsOn, int IntervalMonths,
    DateOnly? LastMeetingOn, IReadOnlyList<DateOnly> NextDates, ScheduleMeetingForm Form);

/// <summary>
/// Schedules a board's meeting on its cycle (monthly by default) within its period. Who may is declared on the controller
/// (<c>RecordBoardMeetings</c> as the board's chair or clerk, or the governance professional).
/// </summary>
public sealed class ScheduleBoardMeetingHandler(PortalDbContext db, TrustContext trust, TimeProvider clock)
{
    public async Task<ScheduleMeetingPage?> PageAsync(Guid boardId, ScheduleMeetingForm? form, CancellationToken ct)
    {
        var board = await db.Boards.AsNoTracking().Include(b => b.Extensions).SingleOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return null;
        }

        var school = await db.Schools.Where(s => s.Id == board.SchoolId).Select(s => s.Name).SingleAsync(ct);
        var last = await LastMeetingOnAsync(boardId, ct);
        var next = BoardMeetingCycle.NextDates(board, last, clock.Today());
        return new ScheduleMeetingPage(
            board.Id, board.Kind.Label(), board.SchoolId, school, board.StartTerm.FirstDay, board.EndsOn, board.MeetingIntervalMonths, last, next,
            form ?? new ScheduleMeetingForm { ScheduledOn = next.Count > 0 ? next[0] : null });
    }

    public async Task<CommandResult> HandleAsync(Guid boardId, ScheduleMeetingForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var board = await db.Boards.AsNoTracking().Include(b => b.Extensions).SingleOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return CommandResult.Missing;
        }

        var on = form.ScheduledOn ?? throw new ArgumentException("The form has no date: validate it first.", nameof(form));
        var others = await db.BoardMeetings.Where(m => m.BoardId == boardId && m.Status != BoardMeetingStatus.Cancelled).Select(m => m.ScheduledOn).ToListAsync(ct);
        return await db.SaveCommandAsync(() =>
        {
            var meeting = BoardMeeting.Schedule(board, on, others, trust.UserId!.Value, clock.GetUtcNow());
            db.BoardMeetings.Add(meeting);
            return meeting.Id;
        }, ct);
    }

    private Task<DateOnly?> LastMeetingOnAsync(Guid boardId, CancellationToken ct) =>
        db.BoardMeetings.Where(m => m.BoardId == boardId && m.Status != BoardMeetingStatus.Cancelled).MaxAsync(m => (DateOnly?)m.ScheduledOn, ct);
}
