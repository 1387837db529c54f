using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HealthChecks;

/// <summary>One open school on the trust's health check list.</summary>
public sealed record HealthCheckListRow(
    Guid SchoolId, string School, Guid? LastId, DateOnly? LastHeldOn, Guid? DraftId, DateOnly? DueOn, int? Months, bool Overdue, bool CanStart);

/// <summary>The trust's health check list (/health-checks): every open school the person sees, overdue first.</summary>
public sealed record HealthCheckListPage(IReadOnlyList<HealthCheckListRow> Rows, int OverdueCount, DateOnly Today);

/// <summary>One check in a school's history, with how many areas were rated each colour.</summary>
public sealed record HealthCheckHistoryRow(Guid Id, DateOnly HeldOn, InspectionFramework Framework, HealthCheckStatus Status, DateOnly? CompletedOn, int Red, int Amber, int Green);

/// <summary>A school's health checks (/schools/{id}/health-checks): the history, latest first, and the next due.</summary>
public sealed record HealthCheckSchoolPage(
    Guid SchoolId, string School, bool SchoolOpen, IReadOnlyList<HealthCheckHistoryRow> Checks, DateOnly? DueOn, int? Months, string? Category,
    bool Overdue, Guid? DraftId, bool CanStart);

/// <summary>An area of a check as its page shows it, with its agreed action and the headteacher's evidence of impact.</summary>
public sealed record HealthCheckAreaView(
    Guid Id, string Name, bool NotApplicable, Rag? Rag, string? Findings, Guid? ActionId, string? ActionTitle, DateOnly? ActionDueOn, string? ActionStatus,
    string? EvidenceOfImpact, string? ImpactRecordedBy, DateTime? ImpactRecordedAt);

/// <summary>
/// A health check's page (/health-checks/{id}): the areas, the rating form for each (while a draft, for those who record
/// checks), completion, and the impact form for each area with an agreed action (the headteacher). The forms in
/// <see cref="AreaForms"/> and <see cref="ImpactForms"/> keep what was typed after a refusal.
/// </summary>
public sealed record HealthCheckPage(
    Guid Id, Guid SchoolId, string School, DateOnly HeldOn, InspectionFramework Framework, HealthCheckStatus Status, DateOnly? CompletedOn,
    string RecordedBy, Guid Version, IReadOnlyList<HealthCheckAreaView> Areas, bool CanRate, bool CanRecordImpact,
    IReadOnlyDictionary<Guid, RateHealthCheckAreaForm> AreaForms, IReadOnlyDictionary<Guid, HealthCheckImpactForm> ImpactForms, DateOnly Today)
{
    public bool IsDraft => Status == HealthCheckStatus.Draft;

    public int Unrated => Areas.Count(a => !a.NotApplicable && a.Rag is null);

    public RateHealthCheckAreaForm AreaForm(HealthCheckAreaView area) =>
        AreaForms.TryGetValue(area.Id, out var form) ? form : new RateHealthCheckAreaForm { Version = Version, Rag = area.Rag, Findings = area.Findings };

    public HealthCheckImpactForm ImpactForm(HealthCheckAreaView area) =>
        ImpactForms.TryGetValue(area.Id, out var form) ? form : new HealthCheckImpactForm { Version = Version, Evidence = area.EvidenceOfImpact };
}

/// <summary>
/// The health check pages' reads. The trust list is one query for the schools' standings and one for the policy; a
/// school's page adds one for its history; a check's page reads the check, its areas' actions and the names.
/// </summary>
public sealed class HealthCheckQueries(PortalDbContext db, SchoolAccess access, PermissionsReader permissions, TimeProvider clock)
{
    public async Task<HealthCheckListPage> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var policy = await HealthCheckStandings.PolicyAsync(db, ct);
        var today = clock.Today();
        var can = await permissions.CurrentAsync();
        var standings = policy is null ? [] : await HealthCheckStandings.ReadAsync(db, access.VisibleTo(user), policy, ct);
        var rows = standings
            .Select(s => new HealthCheckListRow(s.SchoolId, s.School, s.LastId, s.LastHeldOn, s.DraftId, s.DueOn, s.Months, s.IsOverdue(today), can.RecordHealthChecks && s.DraftId is null))
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.DueOn ?? DateOnly.MaxValue)
            .ThenBy(r => r.School, StringComparer.Ordinal)
            .ToList();
        return new HealthCheckListPage(rows, rows.Count(r => r.Overdue), today);
    }

    public async Task<HealthCheckSchoolPage?> SchoolAsync(Guid schoolId, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.ClosedOn }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var checks = await db.HealthChecks.AsNoTracking()
            .Where(c => c.SchoolId == schoolId)
            .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
            .Select(c => new HealthCheckHistoryRow(
                c.Id, c.HeldOn, c.Framework, c.Status, c.CompletedOn,
                c.Areas.Count(a => a.Rag == Rag.Red), c.Areas.Count(a => a.Rag == Rag.Amber), c.Areas.Count(a => a.Rag == Rag.Green)))
            .ToListAsync(ct);
        var policy = await HealthCheckStandings.PolicyAsync(db, ct);
        var standing = policy is null ? null : (await HealthCheckStandings.ReadAsync(db, db.Schools.Where(s => s.Id == schoolId), policy, ct)).SingleOrDefault();
        var can = await permissions.CurrentAsync();
        var draft = checks.FirstOrDefault(c => c.Status == HealthCheckStatus.Draft)?.Id;
        return new HealthCheckSchoolPage(
            schoolId, school.Name, school.ClosedOn is null, checks, standing?.DueOn, standing?.Months, standing?.Category,
            standing?.IsOverdue(clock.Today()) == true, draft, can.RecordHealthChecks && school.ClosedOn is null && draft is null);
    }

    public async Task<HealthCheckPage?> CheckAsync(
        Guid id, IReadOnlyDictionary<Guid, RateHealthCheckAreaForm>? areaForms, IReadOnlyDictionary<Guid, HealthCheckImpactForm>? impactForms, CancellationToken ct)
    {
        var found = await db.HealthChecks.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                Check = c,
                School = db.Schools.Where(s => s.Id == c.SchoolId).Select(s => s.Name).First(),
                RecordedBy = db.Users.Where(u => u.Id == c.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var check = found.Check;
        var areas = await db.HealthCheckAreas.AsNoTracking()
            .Where(a => a.HealthCheckId == id)
            .OrderBy(a => a.Position)
            .Select(a => new
            {
                Area = a,
                ImpactBy = db.Users.Where(u => u.Id == a.ImpactRecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var actions = (await db.Actions.AsNoTracking()
                .Where(x => db.HealthCheckAreas.Any(a => a.HealthCheckId == id && a.ActionId == x.Id))
                .Select(x => new { x.Id, x.Title, x.DueOn, x.Status })
                .ToListAsync(ct))
            .ToDictionary(x => x.Id);
        var can = await permissions.CurrentAsync();
        return new HealthCheckPage(
            check.Id, check.SchoolId, found.School, check.HeldOn, check.Framework, check.Status, check.CompletedOn, found.RecordedBy ?? "Unknown", check.Version,
            [.. areas.Select(a =>
            {
                var action = a.Area.ActionId is { } actionId ? actions.GetValueOrDefault(actionId) : null;
                return new HealthCheckAreaView(
                    a.Area.Id, a.Area.Name, a.Area.NotApplicable, a.Area.Rag, a.Area.Findings, a.Area.ActionId, action?.Title, action?.DueOn, action?.Status.Label(),
                    a.Area.EvidenceOfImpact, a.ImpactBy, a.Area.ImpactRecordedAt);
            })],
            can.RecordHealthChecks && check.Status == HealthCheckStatus.Draft, can.RecordImpact,
            areaForms ?? new Dictionary<Guid, RateHealthCheckAreaForm>(), impactForms ?? new Dictionary<Guid, HealthCheckImpactForm>(), clock.Today());
    }
}
