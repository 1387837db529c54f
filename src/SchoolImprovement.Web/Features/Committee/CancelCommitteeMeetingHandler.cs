using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>Cancellation, confirmed: the meeting stays on the list as cancelled, with any pack published for it.</summary>
public sealed class CancelCommitteeMeetingForm : IVersionedForm
{
    public Guid Version { get; set; }

    public bool Confirm { get; set; }
}

public sealed class CancelCommitteeMeetingFormValidator : AbstractValidator<CancelCommitteeMeetingForm>
{
    public CancelCommitteeMeetingFormValidator() =>
        RuleFor(f => f.Confirm).Equal(true).WithMessage("Tick to confirm the cancellation: it cannot be undone.");
}

public sealed record CancelCommitteeMeetingPage(Guid Id, DateOnly MeetingOn, bool CanCancel, CancelCommitteeMeetingForm Form);

/// <summary>A builder cancels a meeting not yet held, after confirming on its own page.</summary>
public sealed class CancelCommitteeMeetingHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<CancelCommitteeMeetingPage?> PageAsync(Guid id, CancelCommitteeMeetingForm? kept, CancellationToken ct)
    {
        var m = await db.CommitteeMeetings.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.MeetingOn, x.Status, x.Version }).SingleOrDefaultAsync(ct);
        return m is null
            ? null
            : new CancelCommitteeMeetingPage(
                id, m.MeetingOn, CommitteeMeeting.StatusOf(m.Status, m.MeetingOn, clock.Today()) == CommitteeMeetingStatus.Scheduled,
                kept ?? new CancelCommitteeMeetingForm { Version = m.Version });
    }

    public async Task<CommandResult> HandleAsync(Guid id, CancelCommitteeMeetingForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.CommitteeMeetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        return await db.ChangeAsync(meeting, form.Version, m =>
        {
            m.Cancel(clock.Today());
            return Task.CompletedTask;
        }, m => m.Id, ct);
    }
}
