using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>A strand of a school's allocation: its days, the approved additional days, and how many are logged.</summary>
public sealed record StrandRow(AllocationStrand Strand, decimal Days, decimal Approved, decimal Allowance, decimal Used, decimal Remaining);

public sealed record SleAssignmentRow(Guid Id, string Sle, string Subject, decimal Days, decimal Used);

public sealed record ApprovalRow(AllocationStrand Strand, decimal Days, string Reason, string ApprovedBy, DateTime ApprovedAt);

public sealed record DayLogRow(DateOnly On, string Person, AllocationStrand Strand, string? Subject, decimal Days, string Activity, VisitMode Mode, Guid? VisitId);

/// <summary>
/// A school's allocation for one academic year with its logs (or none yet), and the forms the viewer may use: assign an
/// SLE (those who manage allocations), approve additional days (the Director of Learning), log days (the allocation's
/// officer and SLEs, against their own assignment).
/// </summary>
public sealed record SchoolAllocationPage(
    Guid SchoolId, string School, AcademicYear Year, IReadOnlyList<int> Years, Guid? AllocationId, string? Officer,
    IReadOnlyList<StrandRow> Strands, IReadOnlyList<SleAssignmentRow> Sles, IReadOnlyList<ApprovalRow> Approvals, IReadOnlyList<DayLogRow> Logs,
    bool CanManage, bool CanApprove, IReadOnlyList<AllocationStrand> ApprovableStrands, IReadOnlyList<AllocationStrand> LoggableStrands,
    IReadOnlyList<PersonOption> SleOptions, SleAssignmentForm SleForm, AdditionalDaysForm ApprovalForm, DayLogForm LogForm)
{
    public bool HasAllocation => AllocationId is not null;

    public decimal TotalAllowance => Strands.Sum(s => s.Allowance);

    public decimal TotalUsed => Strands.Sum(s => s.Used);
}

/// <summary>Which form a post came from, so the page shows that one with the user's input.</summary>
public sealed record AllocationPageForms(SleAssignmentForm? Sle = null, AdditionalDaysForm? Approval = null, DayLogForm? Log = null);

/// <summary>
/// The allocation pages' reads. A school's page is a fixed number of queries (school, allocation, assignments, approvals,
/// logs, years, policy); the trust's utilisation too (schools, allocations, assignments, approvals, logs, years, policy),
/// however many schools there are.
/// </summary>
public sealed class AllocationQueries(PortalDbContext db, PermissionsReader permissions, AllocationPeopleQueries people, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<SchoolAllocationPage?> ForAllocationAsync(Guid id, AllocationPageForms? forms, CancellationToken ct)
    {
        var found = await db.DayAllocations.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.SchoolId, a.AcademicYear }).SingleOrDefaultAsync(ct);
        return found is null ? null : await ForSchoolAsync(found.SchoolId, found.AcademicYear, forms, ct);
    }

    public async Task<SchoolAllocationPage?> ForSchoolAsync(Guid schoolId, int? year, AllocationPageForms? forms, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var today = clock.Today();
        var academicYear = new AcademicYear(year ?? AcademicYear.Containing(today).StartYear);
        var years = await db.DayAllocations.AsNoTracking().Where(a => a.SchoolId == schoolId).Select(a => a.AcademicYear).Distinct().ToListAsync(ct);
        var allocation = await db.DayAllocations.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.AcademicYear == academicYear.StartYear)
            .Select(a => new
            {
                a.Id, a.OfficerUserId, a.OfficerDays, a.PerformanceManagementDays, a.SleDays,
                Officer = db.Users.Where(u => u.Id == a.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        var can = await permissions.CurrentAsync();
        var policy = await db.AllocationPolicyAsync(ct);
        var me = http.HttpContext!.User.Id();
        var yearList = YearsAround(years, academicYear, today);
        if (allocation is null)
        {
            return new SchoolAllocationPage(
                schoolId, school, academicYear, yearList, null, null, [], [], [], [], can.ManageAllocations, false, [], [], [],
                new SleAssignmentForm(), new AdditionalDaysForm(), new DayLogForm());
        }

        var id = allocation.Id;
        var sles = await db.SleAssignments.AsNoTracking()
            .Where(s => s.AllocationId == id)
            .Select(s => new { s.Id, s.SleUserId, s.Subject, s.Days, Sle = db.Users.Where(u => u.Id == s.SleUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var approvals = await db.AdditionalDaysApprovals.AsNoTracking()
            .Where(a => a.AllocationId == id)
            .OrderBy(a => a.ApprovedAt)
            .Select(a => new ApprovalRow(a.Strand, a.Days, a.Reason, db.Users.Where(u => u.Id == a.ApprovedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "Unknown", a.ApprovedAt))
            .ToListAsync(ct);
        var logs = await db.DayLogs.AsNoTracking()
            .Where(l => l.AllocationId == id)
            .OrderByDescending(l => l.On).ThenByDescending(l => l.LoggedAt)
            .Select(l => new
            {
                l.On, l.PersonUserId, l.Strand, l.SleAssignmentId, l.Days, l.Activity, l.Mode, l.VisitId,
                Person = db.Users.Where(u => u.Id == l.PersonUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var subjects = sles.ToDictionary(s => s.Id, s => s.Subject);
        StrandRow Strand(AllocationStrand strand, decimal days)
        {
            var approved = approvals.Where(a => a.Strand == strand).Sum(a => a.Days);
            var used = logs.Where(l => l.Strand == strand).Sum(l => l.Days);
            return new StrandRow(strand, days, approved, days + approved, used, Math.Max(0, days + approved - used));
        }

        var strands = new[]
        {
            Strand(AllocationStrand.Officer, allocation.OfficerDays),
            Strand(AllocationStrand.PerformanceManagement, allocation.PerformanceManagementDays),
            Strand(AllocationStrand.Sle, allocation.SleDays),
        };
        var loggable = !can.LogDays ? [] : AllocationStrands.All.Where(s => s == AllocationStrand.Sle
            ? sles.Any(a => a.SleUserId == me)
            : allocation.OfficerUserId == me).ToList();
        var approvable = can.ApproveAdditionalDays
            ? AllocationStrands.All.Where(s => s != AllocationStrand.Sle || policy.AdditionalSleDaysForGreatestNeed).ToList()
            : [];
        var logForm = forms?.Log ?? new DayLogForm
        {
            On = academicYear.FirstDay <= today && today <= academicYear.LastDay ? today : null,
            Strand = loggable.Count > 0 ? loggable[0] : null,
        };
        return new SchoolAllocationPage(
            schoolId, school, academicYear, yearList, id, allocation.Officer ?? "Unknown", strands,
            [.. sles.OrderBy(s => s.Sle, StringComparer.Ordinal).Select(s => new SleAssignmentRow(s.Id, s.Sle ?? "Unknown", s.Subject, s.Days, logs.Where(l => l.SleAssignmentId == s.Id).Sum(l => l.Days)))],
            approvals,
            [.. logs.Select(l => new DayLogRow(l.On, l.Person ?? "Unknown", l.Strand, l.SleAssignmentId is { } a && subjects.TryGetValue(a, out var subject) ? subject : null, l.Days, l.Activity, l.Mode, l.VisitId))],
            can.ManageAllocations, can.ApproveAdditionalDays && approvable.Count > 0, approvable, loggable,
            can.ManageAllocations ? await people.SlesAsync(ct) : [],
            forms?.Sle ?? new SleAssignmentForm(), forms?.Approval ?? new AdditionalDaysForm(), logForm);
    }

    /// <summary>The years to offer in the year filter: those with allocations, the current one and the one shown.</summary>
    internal static IReadOnlyList<int> YearsAround(IEnumerable<int> years, AcademicYear shown, DateOnly today) =>
        [.. years.Append(shown.StartYear).Append(AcademicYear.Containing(today).StartYear).Append(AcademicYear.Containing(today).StartYear + 1).Distinct().OrderDescending()];
}
