using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>An SLE assigned to the school for the year: who, the subject, the days.</summary>
public sealed class SleAssignmentForm
{
    public Guid? SleUserId { get; set; }

    public string? Subject { get; set; }

    public decimal? Days { get; set; }
}

public sealed class SleAssignmentFormValidator : AbstractValidator<SleAssignmentForm>
{
    public SleAssignmentFormValidator()
    {
        RuleFor(f => f.SleUserId).NotNull().WithMessage("Choose the SLE.");
        RuleFor(f => f.Days).NotNull().WithMessage("Enter the SLE's days.");
    }
}

/// <summary>The Director of Learning's approval of additional days, with the reason.</summary>
public sealed class AdditionalDaysForm
{
    public AllocationStrand? Strand { get; set; }

    public decimal? Days { get; set; }

    public string? Reason { get; set; }
}

public sealed class AdditionalDaysFormValidator : AbstractValidator<AdditionalDaysForm>
{
    public AdditionalDaysFormValidator()
    {
        RuleFor(f => f.Strand).NotNull().IsInEnum().WithMessage("Choose the days the approval is for.");
        RuleFor(f => f.Days).NotNull().WithMessage("Enter the additional days.");
    }
}

/// <summary>Days an officer or SLE logs against their own assignment: the strand, date, days, activity and mode.</summary>
public sealed class DayLogForm
{
    public AllocationStrand? Strand { get; set; }

    public DateOnly? On { get; set; }

    public decimal? Days { get; set; }

    public string? Activity { get; set; }

    public VisitMode Mode { get; set; } = VisitMode.InPerson;
}

public sealed class DayLogFormValidator : AbstractValidator<DayLogForm>
{
    public DayLogFormValidator()
    {
        RuleFor(f => f.Strand).NotNull().IsInEnum().WithMessage("Choose the days to log.");
        RuleFor(f => f.On).NotNull().WithMessage("Enter the date.");
        RuleFor(f => f.Days).NotNull().WithMessage("Enter the days, in half days (0.5, 1, 1.5 ...).");
        RuleFor(f => f.Mode).IsInEnum().WithMessage("Say whether the time was in person or online.");
    }
}

/// <summary>
/// The changes made on a school's allocation page (Vine §4): SLEs assigned with their subject and days (those who manage
/// allocations; the SLE is tied to the school so that they see it), additional days approved by the Director of Learning
/// with a reason, and days logged by an officer or SLE against their own assignment only. The rules are the allocation's
/// (<see cref="DayAllocation"/>); every change touches it, so two saves at once cannot both pass a cap.
/// </summary>
public sealed class AllocationCommandsHandler(PortalDbContext db, AllocationPeopleQueries people, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> AssignSleAsync(Guid id, SleAssignmentForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allocation = await LoadAsync(id, ct);
        if (allocation is null)
        {
            return CommandResult.Missing;
        }

        return await db.SaveCommandAsync(
            async () =>
            {
                await people.EnsureSleAsync(form.SleUserId, ct);
                var assignment = allocation.AssignSle(form.SleUserId, form.Subject, form.Days!.Value, clock.GetUtcNow());
                // An SLE sees only the schools they are tied to: the assignment ties them to this one.
                if (!await db.SchoolAssignments.AnyAsync(a => a.SchoolId == allocation.SchoolId && a.UserId == assignment.SleUserId && a.Kind == AssignmentKind.SpecialistLeaderFor, ct))
                {
                    db.SchoolAssignments.Add(SchoolAssignment.Create(assignment.SleUserId, [TrustRole.SpecialistLeader], allocation.SchoolId, AssignmentKind.SpecialistLeaderFor));
                }

                return assignment.Id;
            },
            ct);
    }

    public async Task<CommandResult> ApproveAsync(Guid id, AdditionalDaysForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allocation = await LoadAsync(id, ct);
        if (allocation is null)
        {
            return CommandResult.Missing;
        }

        var policy = await db.AllocationPolicyAsync(ct);
        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(
            () => allocation.ApproveAdditionalDays(form.Strand!.Value, form.Days!.Value, form.Reason, by, policy, clock.GetUtcNow()).Id,
            ct);
    }

    public async Task<CommandResult> LogAsync(Guid id, DayLogForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allocation = await LoadAsync(id, ct);
        if (allocation is null)
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(
            () => allocation.Log(by, form.Strand!.Value, form.On!.Value, form.Days!.Value, form.Activity ?? "", form.Mode, null, clock.GetUtcNow()).Id,
            ct);
    }

    private Task<DayAllocation?> LoadAsync(Guid id, CancellationToken ct) =>
        db.DayAllocations.Include(a => a.SleAssignments).Include(a => a.Approvals).Include(a => a.Logs).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);
}
