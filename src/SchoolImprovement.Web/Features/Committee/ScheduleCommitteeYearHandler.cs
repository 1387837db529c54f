using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Committee;

public sealed class ScheduleCommitteeYearForm
{
    /// <summary>The first calendar year of the academic year (2026 for 2026/27).</summary>
    public int? AcademicYear { get; set; }
}

public sealed class ScheduleCommitteeYearFormValidator : AbstractValidator<ScheduleCommitteeYearForm>
{
    public ScheduleCommitteeYearFormValidator() =>
        RuleFor(f => f.AcademicYear).NotNull().WithMessage("Choose the academic year.").InclusiveBetween(2000, 2100).WithMessage("Choose the academic year.");
}

/// <summary>
/// A builder schedules a year's meetings at once: the profile's number of meetings a year on their default dates
/// (<see cref="CommitteeCalendar.DefaultDates"/>). Dates that already have a meeting, or have passed, are skipped and said so;
/// refused when nothing is left to schedule.
/// </summary>
public sealed class ScheduleCommitteeYearHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(ScheduleCommitteeYearForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cycles = await db.PolicyProfiles.AsNoTracking().Select(p => p.Cycles).SingleOrDefaultAsync(ct);
        if (cycles?.CommitteeMeetingsPerYear is not { } perYear)
        {
            return CommandResult.Refuse("The trust's policy does not say how many committee meetings there are a year: set it on the policy page first.");
        }

        var year = new AcademicYear(form.AcademicYear!.Value);
        var dates = CommitteeCalendar.DefaultDates(year, perYear);
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var by = http.HttpContext!.User.Id();
        var taken = (await db.CommitteeMeetings.AsNoTracking()
            .Where(m => m.MeetingOn >= year.FirstDay && m.MeetingOn <= year.LastDay && m.Status != CommitteeMeetingStatus.Cancelled)
            .Select(m => m.MeetingOn).ToListAsync(ct)).ToHashSet();
        var scheduled = new List<DateOnly>();
        var skipped = new List<string>();
        foreach (var on in dates)
        {
            if (taken.Contains(on))
            {
                skipped.Add($"{PackFormat.Date(on)} (already scheduled)");
            }
            else if (on < today)
            {
                skipped.Add($"{PackFormat.Date(on)} (passed)");
            }
            else
            {
                db.CommitteeMeetings.Add(CommitteeMeeting.Schedule(on, false, by, today, now));
                scheduled.Add(on);
            }
        }

        if (scheduled.Count == 0)
        {
            return CommandResult.Refuse($"No meeting of {year} is left to schedule: {string.Join("; ", skipped)}.");
        }

        var result = await db.SaveCommandAsync(() => Guid.Empty, ct);
        var detail = $"{scheduled.Count} meeting{(scheduled.Count == 1 ? "" : "s")} of {year} scheduled: {string.Join(", ", scheduled.Select(PackFormat.Date))}."
            + (skipped.Count == 0 ? "" : $" Skipped: {string.Join("; ", skipped)}.");
        return result is CommandResult.Done ? CommandResult.Success(Guid.Empty, detail) : result;
    }
}
