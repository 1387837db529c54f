using SchoolImprovement.Web.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Actions;

public sealed record ActionRow(Guid Id, Guid SchoolId, string School, string Title, ActionSource Source, string? OwnerRole, string? OwnerName, DateOnly DueOn, ActionStatus Status, bool Overdue);

public sealed record ActionListPage(ActionListQuery Query, IReadOnlyList<ActionRow> Rows, int Total, int PageSize, ActionFacets Facets)
{
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

public sealed record ActionFacets(IReadOnlyList<string> Phases, IReadOnlyList<string> LocalAuthorities, IReadOnlyList<(Guid Id, string Name)> Officers);

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
        var actions = db.Actions.AsQueryable();
        actions = query.Status switch
        {
            OverdueFilter => actions.Where(a => a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped && a.DueOn < today),
            ClosedFilter => actions.Where(a => a.Status == ActionStatus.Done || a.Status == ActionStatus.Dropped),
            "all" => actions,
            _ => actions.Where(a => a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped),
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
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await filtered
            .OrderBy(x => x.Action.DueOn).ThenBy(x => x.SchoolName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.Action.Id, x.Action.SchoolId, x.SchoolName, x.Action.Title, x.Action.Source, x.Action.OwnerRole,
                OwnerName = db.Users.Where(u => u.Id == x.Action.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                x.Action.DueOn, x.Action.Status,
            })
            .ToListAsync(ct);
        return new ActionListPage(query with { Page = page }, [.. rows.Select(r => new ActionRow(r.Id, r.SchoolId, r.SchoolName, r.Title, r.Source, r.OwnerRole, r.OwnerName, r.DueOn, r.Status, r.Status is not (ActionStatus.Done or ActionStatus.Dropped) && r.DueOn < today))],
            total, PageSize, await FacetsAsync(ct));
    }

    /// <summary>
    /// Open actions the user owns by name, or by role in the schools they may see (a headteacher
    /// sees the headteacher actions of their own school, not of every school).
    /// </summary>
    public async Task<IReadOnlyList<ActionRow>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id();
        var roles = TrustRole.TrustRoles.Where(user.IsInRole).ToList();
        var visible = access.VisibleTo(user);
        if (user.IsInRole(TrustRole.SchoolImprovementOfficer) && !user.IsInRole(TrustRole.DirectorOfLearning) && !user.IsInRole(TrustRole.Ceo))
        {
            // An officer's role-owned actions are those of the schools they are linked to.
            visible = visible.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == userId && a.Kind == AssignmentKind.LinkedOfficerFor));
        }

        var today = clock.Today();
        var rows = await db.Actions
            .Where(a => a.Status != ActionStatus.Done && a.Status != ActionStatus.Dropped)
            .Where(a => a.OwnerUserId == userId || (a.OwnerRole != null && roles.Contains(a.OwnerRole) && visible.Any(s => s.Id == a.SchoolId)))
            .Join(db.Schools, a => a.SchoolId, s => s.Id, (a, s) => new { a.Id, a.SchoolId, SchoolName = s.Name, a.Title, a.Source, a.OwnerRole, a.OwnerUserId, a.DueOn, a.Status })
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(500)
            .ToListAsync(ct);
        return [.. rows.Select(r => new ActionRow(r.Id, r.SchoolId, r.SchoolName, r.Title, r.Source, r.OwnerRole, r.OwnerUserId == userId ? "You" : null, r.DueOn, r.Status, r.DueOn < today))];
    }

    public async Task<IReadOnlyList<ActionRow>> ForSchoolAsync(Guid schoolId, CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await db.Actions.Where(a => a.SchoolId == schoolId)
            .OrderBy(a => a.Status == ActionStatus.Done || a.Status == ActionStatus.Dropped).ThenBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.SchoolId, a.Title, a.Source, a.OwnerRole,
                OwnerName = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.DueOn, a.Status,
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ActionRow(r.Id, r.SchoolId, "", r.Title, r.Source, r.OwnerRole, r.OwnerName, r.DueOn, r.Status, r.Status is not (ActionStatus.Done or ActionStatus.Dropped) && r.DueOn < today))];
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
            [.. officers.Select(o => (o.Id, o.DisplayName))]);
    }
}
