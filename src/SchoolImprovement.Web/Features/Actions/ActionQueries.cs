using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

public sealed record ActionListQuery(string? Status, ActionSource? Source, string? OwnerRole, string? Phase, string? LocalAuthority, Guid? Officer, Guid? School, int Page = 1);

public sealed record ActionRow(Guid Id, Guid SchoolId, string School, string Title, ActionSource Source, string? OwnerRole, string? OwnerName, DateOnly DueOn, ActionStatus Status, bool Overdue);

public sealed record ActionListPage(ActionListQuery Query, IReadOnlyList<ActionRow> Rows, int Total, int PageSize, ActionFacets Facets)
{
    public int Pages => Paging.Pages(Total, PageSize);
}

public sealed record ActionFacets(IReadOnlyList<string> Phases, IReadOnlyList<string> LocalAuthorities, IReadOnlyList<PersonOption> Officers);

/// <summary>A school's action plan, open actions first.</summary>
public sealed record SchoolActionPlanPage(Guid SchoolId, string SchoolName, IReadOnlyList<ActionRow> Rows, bool CanAdd);

/// <summary>
/// Reading the action tracker: the trust-wide list with filters, a user's own actions, a school's
/// plan. A fixed number of queries whatever the number of schools or actions.
/// </summary>
public sealed class ActionQueries(PortalDbContext db, SchoolAccess access, TimeProvider clock)
{
    public const int PageSize = 50;
    public const string OpenFilter = "open";
    public const string OverdueFilter = "overdue";
    public const string ClosedFilter = "closed";

    public async Task<ActionListPage> ListAsync(ActionListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = clock.Today();
        var open = db.Actions.Where(ImprovementAction.IsOpenCondition);
        var actions = query.Status switch
        {
            OverdueFilter => open.Where(a => a.DueOn < today),
            ClosedFilter => db.Actions.Where(a => a.Status == ActionStatus.Done || a.Status == ActionStatus.Dropped),
            "all" => db.Actions,
            _ => open,
        };
        if (query.Source is { } source)
        {
            actions = actions.Where(a => a.Source == source);
        }

        if (!string.IsNullOrWhiteSpace(query.OwnerRole))
        {
            actions = actions.Where(a => a.OwnerRole == query.OwnerRole);
        }

        if (query.School is { } school)
        {
            actions = actions.Where(a => a.SchoolId == school);
        }

        var schools = db.Schools.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Phase))
        {
            schools = schools.Where(s => s.Phase == query.Phase);
        }

        if (!string.IsNullOrWhiteSpace(query.LocalAuthority))
        {
            schools = schools.Where(s => s.LocalAuthority == query.LocalAuthority);
        }

        if (query.Officer is { } officer)
        {
            schools = schools.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == officer && a.Kind == AssignmentKind.LinkedOfficerFor));
        }

        var filtered = actions.Join(schools, a => a.SchoolId, s => s.Id, (a, s) => new { Action = a, SchoolName = s.Name });
        var total = await filtered.CountAsync(ct);
        var page = Paging.Clamp(query.Page, total, PageSize);
        var rows = await filtered
            .OrderBy(x => x.Action.DueOn).ThenBy(x => x.SchoolName).ThenBy(x => x.Action.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.Action,
                x.SchoolName,
                OwnerName = db.Users.Where(u => u.Id == x.Action.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        return new ActionListPage(query with { Page = page }, [.. rows.Select(r => Row(r.Action, r.SchoolName, r.OwnerName, today))],
            total, PageSize, await FacetsAsync(ct));
    }

    /// <summary>
    /// Open actions the user owns by name, or by one of their roles in the schools that role ties
    /// them to: a role given per-school assignments (headteacher, linked officer, SLE, local
    /// committee member) owns the actions of the schools the person is assigned to, not of every
    /// school; any other role owns those of every school the person sees.
    /// </summary>
    public async Task<IReadOnlyList<ActionRow>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id();
        var roles = TrustRole.TrustRoles.Where(user.IsInRole).ToList();
        var assignedRoles = Enum.GetValues<AssignmentKind>().Select(k => k.RequiredRole()).ToList();
        var tiedRoles = roles.Intersect(assignedRoles).ToList();
        var freeRoles = roles.Except(assignedRoles).ToList();
        var visible = access.VisibleTo(user);
        var assigned = db.SchoolAssignments.Where(x => x.UserId == userId);

        var today = clock.Today();
        var rows = await db.Actions
            .Where(ImprovementAction.IsOpenCondition)
            .Where(a => a.OwnerUserId == userId
                || (a.OwnerRole != null && freeRoles.Contains(a.OwnerRole) && visible.Any(s => s.Id == a.SchoolId))
                || (a.OwnerRole != null && tiedRoles.Contains(a.OwnerRole) && assigned.Any(x => x.SchoolId == a.SchoolId
                    // The assignment that gives the role in that school (AssignmentKindRules.RequiredRole, as SQL):
                    // headteacher of A and linked officer for B owns A's headteacher actions, not B's.
                    && ((x.Kind == AssignmentKind.HeadteacherOf && a.OwnerRole == TrustRole.Headteacher)
                        || (x.Kind == AssignmentKind.LocalCommitteeMemberOf && a.OwnerRole == TrustRole.LocalCommitteeMember)
                        || (x.Kind == AssignmentKind.LinkedOfficerFor && a.OwnerRole == TrustRole.SchoolImprovementOfficer)
                        || (x.Kind == AssignmentKind.SpecialistLeaderFor && a.OwnerRole == TrustRole.SpecialistLeader)))))
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { Action = a, SchoolName = s.Name })
            .OrderBy(x => x.Action.DueOn).ThenBy(x => x.Action.Id).Take(500)
            .AsNoTracking()
            .ToListAsync(ct);
        return [.. rows.Select(r => Row(r.Action, r.SchoolName, r.Action.OwnerUserId == userId ? "You" : null, today))];
    }

    /// <summary>The school's plan, open actions first; null when there is no such school in the trust.</summary>
    public async Task<SchoolActionPlanPage?> ForSchoolAsync(Guid schoolId, Permissions can, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(can);
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var today = clock.Today();
        var rows = await db.Actions.Where(a => a.SchoolId == schoolId)
            .OrderByDescending(ImprovementAction.IsOpenCondition).ThenBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new
            {
                Action = a,
                OwnerName = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        return new SchoolActionPlanPage(schoolId, school, [.. rows.Select(r => Row(r.Action, school, r.OwnerName, today))], can.ManageActions);
    }

    public async Task<ActionFacets> FacetsAsync(CancellationToken ct)
    {
        var facets = await db.Schools.Select(s => new { s.Phase, s.LocalAuthority }).Distinct().ToListAsync(ct);
        var officers = await db.SchoolAssignments.Where(a => a.Kind == AssignmentKind.LinkedOfficerFor)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.Id, u.DisplayName }).Distinct()
            .OrderBy(u => u.DisplayName).ToListAsync(ct);
        return new ActionFacets(
            [.. facets.Select(f => f.Phase).Distinct().Order()],
            [.. facets.Select(f => f.LocalAuthority).Distinct().Order()],
            [.. officers.Select(o => new PersonOption(o.Id, o.DisplayName))]);
    }

    private static ActionRow Row(ImprovementAction a, string school, string? ownerName, DateOnly today) =>
        new(a.Id, a.SchoolId, school, a.Title, a.Source, a.OwnerRole, ownerName, a.DueOn, a.Status, a.IsOverdue(today));
}
