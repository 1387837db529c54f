using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.DayAllocations;

public sealed record UtilisationQuery(int? Year = null);

/// <summary>One school's days for the year: allowance (with approvals) and days logged per strand; no allocation yet when <see cref="AllocationId"/> is null.</summary>
public sealed record SchoolUtilisationRow(
    Guid SchoolId, string School, Guid? AllocationId, string? Officer,
    decimal OfficerAllowance, decimal OfficerUsed, decimal PerformanceManagementAllowance, decimal PerformanceManagementUsed,
    decimal SleAllowance, decimal SleAssigned, decimal SleUsed, decimal Approved)
{
    public decimal Allowance => OfficerAllowance + PerformanceManagementAllowance + SleAllowance;

    public decimal Used => OfficerUsed + PerformanceManagementUsed + SleUsed;
}

/// <summary>An officer's or SLE's days across their schools: the days they hold and the days they logged.</summary>
public sealed record PersonUtilisationRow(string Name, int Schools, decimal Allowance, decimal Used);

/// <summary>One of the viewer's own assignments: a school's officer days (with performance management) or an SLE assignment.</summary>
public sealed record MyAssignmentRow(Guid AllocationId, Guid SchoolId, string School, string What, decimal Allowance, decimal Used)
{
    public decimal Remaining => Math.Max(0, Allowance - Used);
}

/// <summary>
/// The trust's days against its capacity: the open schools times the policy's days per school, plus the approved
/// additional days; how many of those are allocated, and how many are logged.
/// </summary>
public sealed record TrustUtilisation(int OpenSchools, decimal DaysPerSchool, decimal Approved, decimal Allocated, decimal Used)
{
    public decimal Capacity => (OpenSchools * DaysPerSchool) + Approved;
}

/// <summary>
/// The year's utilisation (Vine §4): per school, per officer, per SLE and the trust's total against capacity for those
/// who oversee the trust's days; the viewer's own assignments for an officer or SLE; a headteacher's own school.
/// </summary>
public sealed record UtilisationPage(
    AcademicYear Year, IReadOnlyList<int> Years, bool SeesTrust, IReadOnlyList<SchoolUtilisationRow> Schools,
    IReadOnlyList<PersonUtilisationRow> Officers, IReadOnlyList<PersonUtilisationRow> Sles, TrustUtilisation? Total,
    IReadOnlyList<MyAssignmentRow> Mine, bool ShowsMine, bool CanManage);

/// <summary>The trust's utilisation page: a fixed number of queries however many schools and allocations there are.</summary>
public sealed class AllocationUtilisationQueries(PortalDbContext db, SchoolAccess access, PermissionsReader permissions, TimeProvider clock)
{
    public async Task<UtilisationPage> UtilisationAsync(UtilisationQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var can = await permissions.CurrentAsync();
        var today = clock.Today();
        var year = new AcademicYear(query.Year is >= 2000 and <= 2100 ? query.Year.Value : AcademicYear.Containing(today).StartYear);
        var me = user.Id();

        // Those who oversee the trust's days see it all; officers and SLEs their own assignments; a headteacher their school.
        var seesTrust = can.ManageAllocations || can.ApproveAdditionalDays || (can.WholeTrust && !can.LogDays);
        var showsSchools = seesTrust || !can.LogDays;
        var visible = access.VisibleTo(user).Select(s => s.Id);
        var inYear = db.DayAllocations.AsNoTracking().Where(a => a.AcademicYear == year.StartYear);
        var shown = showsSchools
            ? inYear.Where(a => visible.Contains(a.SchoolId) || a.OfficerUserId == me || a.SleAssignments.Any(s => s.SleUserId == me))
            : inYear.Where(a => a.OfficerUserId == me || a.SleAssignments.Any(s => s.SleUserId == me));

        var allocations = await shown
            .Select(a => new
            {
                a.Id, a.SchoolId, a.OfficerUserId, a.OfficerDays, a.PerformanceManagementDays, a.SleDays,
                School = db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == a.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var assignments = await db.SleAssignments.AsNoTracking()
            .Where(s => shown.Any(a => a.Id == s.AllocationId))
            .Select(s => new { s.Id, s.AllocationId, s.SleUserId, s.Subject, s.Days, Sle = db.Users.Where(u => u.Id == s.SleUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var approvals = await db.AdditionalDaysApprovals.AsNoTracking()
            .Where(p => shown.Any(a => a.Id == p.AllocationId))
            .Select(p => new { p.AllocationId, p.Strand, p.Days })
            .ToListAsync(ct);
        var logs = await db.DayLogs.AsNoTracking()
            .Where(l => shown.Any(a => a.Id == l.AllocationId))
            .Select(l => new { l.AllocationId, l.Strand, l.SleAssignmentId, l.Days })
            .ToListAsync(ct);
        var years = await db.DayAllocations.AsNoTracking().Select(a => a.AcademicYear).Distinct().ToListAsync(ct);

        var approvedBy = approvals.ToLookup(p => (p.AllocationId, p.Strand), p => p.Days);
        var usedBy = logs.ToLookup(l => (l.AllocationId, l.Strand), l => l.Days);
        var usedByAssignment = logs.Where(l => l.SleAssignmentId is not null).ToLookup(l => l.SleAssignmentId!.Value, l => l.Days);
        decimal Approved(Guid id, AllocationStrand strand) => approvedBy[(id, strand)].Sum();
        decimal Used(Guid id, AllocationStrand strand) => usedBy[(id, strand)].Sum();

        var byId = allocations.ToDictionary(a => a.Id);
        var mine = allocations.Where(a => a.OfficerUserId == me)
            .Select(a => new MyAssignmentRow(
                a.Id, a.SchoolId, a.School, "Improvement lead days (with performance management)",
                a.OfficerDays + a.PerformanceManagementDays + Approved(a.Id, AllocationStrand.Officer) + Approved(a.Id, AllocationStrand.PerformanceManagement),
                Used(a.Id, AllocationStrand.Officer) + Used(a.Id, AllocationStrand.PerformanceManagement)))
            .Concat(assignments.Where(s => s.SleUserId == me)
                .Select(s => new MyAssignmentRow(s.AllocationId, byId[s.AllocationId].SchoolId, byId[s.AllocationId].School, $"SLE days: {s.Subject}", s.Days, usedByAssignment[s.Id].Sum())))
            .OrderBy(r => r.School, StringComparer.Ordinal)
            .ToList();

        IReadOnlyList<SchoolUtilisationRow> schools = [];
        IReadOnlyList<PersonUtilisationRow> officers = [];
        IReadOnlyList<PersonUtilisationRow> sles = [];
        TrustUtilisation? total = null;
        var openSchools = 0;
        if (showsSchools)
        {
            var schoolList = await access.VisibleTo(user).AsNoTracking().Select(s => new { s.Id, s.Name, s.ClosedOn }).ToListAsync(ct);
            openSchools = schoolList.Count(s => s.ClosedOn is null);
            var bySchool = allocations.ToDictionary(a => a.SchoolId);
            schools = [.. schoolList
                .Where(s => bySchool.ContainsKey(s.Id) || (s.ClosedOn is null && seesTrust))
                .Select(s => bySchool.TryGetValue(s.Id, out var a)
                    ? new SchoolUtilisationRow(
                        s.Id, s.Name, a.Id, a.Officer ?? "Unknown",
                        a.OfficerDays + Approved(a.Id, AllocationStrand.Officer), Used(a.Id, AllocationStrand.Officer),
                        a.PerformanceManagementDays + Approved(a.Id, AllocationStrand.PerformanceManagement), Used(a.Id, AllocationStrand.PerformanceManagement),
                        a.SleDays + Approved(a.Id, AllocationStrand.Sle), assignments.Where(x => x.AllocationId == a.Id).Sum(x => x.Days), Used(a.Id, AllocationStrand.Sle),
                        AllocationStrands.All.Sum(strand => Approved(a.Id, strand)))
                    : new SchoolUtilisationRow(s.Id, s.Name, null, null, 0, 0, 0, 0, 0, 0, 0, 0))
                .OrderBy(r => r.School, StringComparer.Ordinal)];
        }

        if (seesTrust)
        {
            officers = [.. schools.Where(r => r.AllocationId is not null)
                .GroupBy(r => r.Officer!)
                .Select(g => new PersonUtilisationRow(g.Key, g.Count(), g.Sum(r => r.OfficerAllowance + r.PerformanceManagementAllowance), g.Sum(r => r.OfficerUsed + r.PerformanceManagementUsed)))
                .OrderBy(r => r.Name, StringComparer.Ordinal)];
            sles = [.. assignments
                .GroupBy(s => (s.SleUserId, Name: s.Sle ?? "Unknown"))
                .Select(g => new PersonUtilisationRow(g.Key.Name, g.Select(s => s.AllocationId).Distinct().Count(), g.Sum(s => s.Days), g.Sum(s => usedByAssignment[s.Id].Sum())))
                .OrderBy(r => r.Name, StringComparer.Ordinal)];
            var policy = await db.AllocationPolicyAsync(ct);
            total = new TrustUtilisation(
                openSchools,
                policy.OfficerDaysPerYear + policy.PerformanceManagementDays + policy.SleDaysPerYear,
                approvals.Sum(p => p.Days),
                schools.Sum(r => r.Allowance),
                schools.Sum(r => r.Used));
        }

        return new UtilisationPage(
            year, AllocationQueries.YearsAround(years, year, today), seesTrust, schools, officers, sles, total, mine, can.LogDays, can.ManageAllocations);
    }
}
