using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

public sealed class ScheduleCommitteeMeetingForm
{
    public DateOnly? MeetingOn { get; set; }
}

public sealed class ScheduleCommitteeMeetingFormValidator : AbstractValidator<ScheduleCommitteeMeetingForm>
{
    public ScheduleCommitteeMeetingFormValidator() =>
        RuleFor(f => f.MeetingOn).NotNull().WithMessage("Enter the date of the committee meeting.");
}

/// <summary>A builder schedules one Education and Standards Committee meeting; a day that has passed or already has one is refused.</summary>
public sealed class ScheduleCommitteeMeetingHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(ScheduleCommitteeMeetingForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var on = form.MeetingOn!.Value;
        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(
            async () =>
            {
                var taken = await db.CommitteeMeetings.AnyAsync(m => m.MeetingOn == on && m.Status != CommitteeMeetingStatus.Cancelled, ct);
                var meeting = CommitteeMeeting.Schedule(on, taken, by, clock.Today(), clock.GetUtcNow());
                db.CommitteeMeetings.Add(meeting);
                return meeting.Id;
            },
            ct);
    }
}
