using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>A school's allocation for a year as the form holds it; the days default to the trust's policy.</summary>
public sealed class AllocationForm : IVersionedForm
{
    public Guid Version { get; set; }

    /// <summary>The academic year's first calendar year (2026 for 2026/27); fixed once the allocation exists.</summary>
    public int? AcademicYear { get; set; }

    public Guid? OfficerUserId { get; set; }

    public decimal? OfficerDays { get; set; }

    public decimal? PerformanceManagementDays { get; set; }

    public decimal? SleDays { get; set; }
}

public sealed class AllocationFormValidator : AbstractValidator<AllocationForm>
{
    public AllocationFormValidator()
    {
        RuleFor(f => f.AcademicYear).NotNull().InclusiveBetween(2000, 2100).WithMessage("Choose the academic year.");
        RuleFor(f => f.OfficerDays).NotNull().WithMessage("Enter the improvement lead days.");
        RuleFor(f => f.PerformanceManagementDays).NotNull().WithMessage("Enter the performance-management days.");
        RuleFor(f => f.SleDays).NotNull().WithMessage("Enter the SLE days.");
    }
}

/// <summary>The set and change form: the school, the year, the policy's numbers, the officers to choose from.</summary>
public sealed record AllocationFormPage(
    Guid SchoolId, string School, Guid? AllocationId, AcademicYear Year, AllocationForm Form, IReadOnlyList<PersonOption> Officers,
    decimal PolicyOfficerDays, decimal PolicyPerformanceManagementDays, decimal PolicySleDays, string? SavedByOthers)
{
    public bool IsNew => AllocationId is null;
}

/// <summary>
/// Those who manage allocations (CEO, Director of Learning) set a school's days for an academic year (Vine §4): the
/// improvement lead and their days, the performance-management day and the SLE days, up to the policy's numbers (more
/// come from the Director of Learning's approval). One allocation per school and year; the database holds it too.
/// </summary>
public sealed class SetAllocationHandler(PortalDbContext db, AllocationPeopleQueries people, TimeProvider clock)
{
    public async Task<AllocationFormPage?> NewPageAsync(Guid schoolId, int? year, AllocationForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var policy = await db.AllocationPolicyAsync(ct);
        var academicYear = new AcademicYear(form?.AcademicYear ?? year ?? AcademicYear.Containing(clock.Today()).StartYear);
        form ??= new AllocationForm
        {
            AcademicYear = academicYear.StartYear,
            OfficerUserId = await people.LinkedOfficerAsync(schoolId, ct),
            OfficerDays = policy.OfficerDaysPerYear,
            PerformanceManagementDays = policy.PerformanceManagementDays,
            SleDays = policy.SleDaysPerYear,
        };
        return new AllocationFormPage(
            schoolId, school, null, academicYear, form, await people.OfficersAsync(ct),
            policy.OfficerDaysPerYear, policy.PerformanceManagementDays, policy.SleDaysPerYear, null);
    }

    public async Task<AllocationFormPage?> EditPageAsync(Guid id, AllocationForm? form, bool conflict, CancellationToken ct)
    {
        var found = await db.DayAllocations.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new
            {
                Allocation = a,
                School = db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == a.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var a = found.Allocation;
        var policy = await db.AllocationPolicyAsync(ct);
        form ??= new AllocationForm
        {
            Version = a.Version,
            AcademicYear = a.AcademicYear,
            OfficerUserId = a.OfficerUserId,
            OfficerDays = a.OfficerDays,
            PerformanceManagementDays = a.PerformanceManagementDays,
            SleDays = a.SleDays,
        };
        form.AcademicYear = a.AcademicYear;
        return new AllocationFormPage(
            a.SchoolId, found.School, a.Id, a.Year, form, await people.OfficersAsync(ct),
            policy.OfficerDaysPerYear, policy.PerformanceManagementDays, policy.SleDaysPerYear,
            conflict
                ? $"Improvement lead {found.Officer ?? "Unknown"}; {DayCount.Format(a.OfficerDays)} lead days, {DayCount.Format(a.PerformanceManagementDays)} performance-management, {DayCount.Format(a.SleDays)} SLE days."
                : null);
    }

    public async Task<CommandResult> SetAsync(Guid schoolId, AllocationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null)
        {
            return CommandResult.Missing;
        }

        var year = new AcademicYear(form.AcademicYear!.Value);
        var policy = await db.AllocationPolicyAsync(ct);
        return await db.SaveCommandAsync(
            async () =>
            {
                school.EnsureOpenFor("given a day allocation");
                DayAllocation.EnsureNoneFor(await db.DayAllocations.AnyAsync(a => a.SchoolId == schoolId && a.AcademicYear == year.StartYear, ct), year);
                var allocation = DayAllocation.Set(
                    schoolId, year, form.OfficerUserId, form.OfficerDays!.Value, form.PerformanceManagementDays!.Value, form.SleDays!.Value, policy, clock.GetUtcNow());
                await people.EnsureOfficerAsync(form.OfficerUserId, ct);
                db.DayAllocations.Add(allocation);
                return allocation.Id;
            },
            ct,
            async () => await db.DayAllocations.AnyAsync(a => a.SchoolId == schoolId && a.AcademicYear == year.StartYear, ct)
                ? CommandResult.Refuse($"Someone else set this school's allocation for {year} at the same moment: change that one instead.")
                : null);
    }

    public async Task<CommandResult> ChangeAsync(Guid id, AllocationForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var allocation = await db.DayAllocations.Include(a => a.SleAssignments).Include(a => a.Approvals).Include(a => a.Logs).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        var policy = await db.AllocationPolicyAsync(ct);
        return await db.ChangeAsync(
            allocation,
            form.Version,
            async a =>
            {
                a.Change(form.OfficerUserId, form.OfficerDays!.Value, form.PerformanceManagementDays!.Value, form.SleDays!.Value, policy, clock.GetUtcNow());
                await people.EnsureOfficerAsync(form.OfficerUserId, ct);
            },
            a => a.Id,
            ct);
    }
}
