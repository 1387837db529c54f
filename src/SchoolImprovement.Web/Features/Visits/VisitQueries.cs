using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>One visit on a list: when, where, who, how, and where the note stands (draft, awaiting the head, confirmed, disputed).</summary>
public sealed record VisitRow(
    Guid Id, Guid SchoolId, string School, string Officer, DateOnly VisitedOn, VisitMode Mode, string Purpose, decimal? Days,
    VisitStatus Status, VisitResponse? Response, string? ResponseComment);

/// <summary>A school's visits page: newest first, a page at a time.</summary>
public sealed record SchoolVisitsPage(Guid SchoolId, string School, IReadOnlyList<VisitRow> Rows, int Total, int Page, int PageSize, bool CanRecord)
{
    public int Pages => Paging.Pages(Total, PageSize);
}

/// <param name="All">An officer's list shows their own visits unless they ask for everyone's.</param>
public sealed record VisitListQuery(Guid? School, Guid? Officer, bool All = false, int Page = 1);

/// <summary>The visits list (/visits): the officer's own, or the trust's with school and officer filters.</summary>
public sealed record VisitListPage(
    VisitListQuery Query, IReadOnlyList<VisitRow> Rows, int Total, int PageSize, IReadOnlyList<PersonOption> Schools, IReadOnlyList<PersonOption> Officers,
    bool ShowsOwn, bool CanFilter)
{
    public int Pages => Paging.Pages(Total, PageSize);
}

public sealed record VisitActionView(Guid Id, string Title, string Owner, DateOnly DueOn, string Status);

/// <summary>A visit's page: the note, its agreed actions, the headteacher's response and what this person may do with it.</summary>
public sealed record VisitPage(
    Guid Id, Guid SchoolId, string School, string Officer, DateOnly VisitedOn, VisitMode Mode, string Purpose, IReadOnlyList<string> FocusAreas,
    string? Notes, string? Strengths, decimal? Days, VisitStatus Status, DateOnly? PublishedOn, Guid Version,
    IReadOnlyList<VisitAgreedActionView> AgreedActions, IReadOnlyList<VisitActionView> TrackerActions,
    VisitResponse? Response, string? ResponseComment, string? RespondedBy, DateTime? RespondedAt,
    bool CanEdit, bool CanRespond, VisitResponseForm ResponseForm);

/// <summary>An action agreed on a draft, before publishing puts it into the tracker.</summary>
public sealed record VisitAgreedActionView(string Title, string Owner, DateOnly DueOn);

/// <summary>
/// The visit pages' reads, each a fixed number of queries whatever the number of schools or visits. A draft is seen by its
/// officer and the Director of Learning only; everyone else who sees the school sees its published notes.
/// </summary>
public sealed class VisitQueries(PortalDbContext db, SchoolAccess access, PermissionsReader permissions, IHttpContextAccessor http)
{
    public const int PageSize = 25;

    public async Task<SchoolVisitsPage?> SchoolAsync(Guid schoolId, int page, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var visits = Seen(User).Where(v => v.SchoolId == schoolId);
        var total = await visits.CountAsync(ct);
        var shown = Paging.Clamp(page, total, PageSize);
        var rows = await RowsAsync(visits, shown, ct);
        var can = await permissions.CurrentAsync();
        var canRecord = can.RecordVisits && await access.CheckAsync(User, ScopeFrom.School, schoolId, SchoolRelation.LinkedOfficer, ct) == SchoolAccessOutcome.Allowed;
        return new SchoolVisitsPage(schoolId, school, rows, total, shown, PageSize, canRecord);
    }

    public async Task<VisitListPage> ListAsync(VisitListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var user = User;
        var me = user.Id();
        var showsOwn = user.IsInRole(TrustRole.SchoolImprovementOfficer) && !query.All && query.Officer is null && query.School is null;
        var visible = access.VisibleTo(user).Select(s => s.Id);
        var visits = Seen(user).Where(v => visible.Contains(v.SchoolId));
        if (showsOwn)
        {
            visits = visits.Where(v => v.OfficerUserId == me);
        }

        if (query.School is { } school)
        {
            visits = visits.Where(v => v.SchoolId == school);
        }

        if (query.Officer is { } officer)
        {
            visits = visits.Where(v => v.OfficerUserId == officer);
        }

        var total = await visits.CountAsync(ct);
        var page = Paging.Clamp(query.Page, total, PageSize);
        var rows = await RowsAsync(visits, page, ct);
        var canFilter = user.SeesWholeTrust();
        IReadOnlyList<PersonOption> schools = canFilter
            ? await access.VisibleTo(user).OrderBy(s => s.Name).Select(s => new PersonOption(s.Id, s.Name)).ToListAsync(ct)
            : [];
        IReadOnlyList<PersonOption> officers = canFilter ? await OfficersAsync(ct) : [];
        return new VisitListPage(query with { Page = page }, rows, total, PageSize, schools, officers, showsOwn, canFilter);
    }

    public async Task<VisitPage?> VisitAsync(Guid id, VisitResponseForm? form, CancellationToken ct)
    {
        var found = await db.ImprovementVisits.AsNoTracking()
            .Where(v => v.Id == id)
            .Select(v => new
            {
                Visit = v,
                School = db.Schools.Where(s => s.Id == v.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == v.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                RespondedBy = db.Users.Where(u => u.Id == v.RespondedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        var user = User;
        if (found is null || (found.Visit.IsDraft && !PublishVisitHandler.MayWrite(user, found.Visit)))
        {
            return null;
        }

        var v = found.Visit;
        var owners = v.AgreedActions.Select(a => a.OwnerUserId).OfType<Guid>().Distinct().ToList();
        var names = v.IsDraft && owners.Count > 0
            ? await db.Users.Where(u => owners.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct)
            : [];
        var tracker = v.IsPublished
            ? await db.Actions.AsNoTracking()
                .Where(a => a.Source == ActionSource.Visit && a.SourceId == id)
                .OrderBy(a => a.DueOn).ThenBy(a => a.Title)
                .Select(a => new
                {
                    a.Id, a.Title, a.OwnerRole, a.DueOn, a.Status,
                    Owner = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(ct)
            : [];
        var can = await permissions.CurrentAsync();
        var me = user.Id();
        var canRespond = v.IsPublished && v.Response is null && can.RespondToVisits
            && await db.SchoolAssignments.AnyAsync(a => a.SchoolId == v.SchoolId && a.UserId == me && a.Kind == AssignmentKind.HeadteacherOf, ct);
        return new VisitPage(
            v.Id, v.SchoolId, found.School, found.Officer ?? "Unknown", v.VisitedOn, v.Mode, v.Purpose, v.FocusAreas, v.Notes, v.Strengths, v.Days,
            v.Status, v.PublishedOn, v.Version,
            [.. v.AgreedActions.Select(a => new VisitAgreedActionView(a.Title, OwnerText(a.OwnerRole, a.OwnerUserId is { } o ? names.GetValueOrDefault(o) : null), a.DueOn))],
            [.. tracker.Select(a => new VisitActionView(a.Id, a.Title, OwnerText(a.OwnerRole, a.Owner), a.DueOn, a.Status.Label()))],
            v.Response, v.ResponseComment, found.RespondedBy, v.RespondedAt,
            v.IsDraft && can.RecordVisits, canRespond, form ?? new VisitResponseForm { Version = v.Version });
    }

    /// <summary>The visits this person may see: published ones, their own drafts, and every draft for the Director of Learning.</summary>
    private IQueryable<ImprovementVisit> Seen(ClaimsPrincipal user)
    {
        if (user.IsInRole(TrustRole.DirectorOfLearning))
        {
            return db.ImprovementVisits;
        }

        var me = user.Id();
        return db.ImprovementVisits.Where(v => v.Status == VisitStatus.Published || v.OfficerUserId == me);
    }

    private async Task<IReadOnlyList<VisitRow>> RowsAsync(IQueryable<ImprovementVisit> visits, int page, CancellationToken ct)
    {
        var rows = await visits.AsNoTracking()
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.CreatedAt)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(v => new
            {
                v.Id, v.SchoolId, v.VisitedOn, v.Mode, v.Purpose, v.Days, v.Status, v.Response, v.ResponseComment,
                School = db.Schools.Where(s => s.Id == v.SchoolId).Select(s => s.Name).First(),
                Officer = db.Users.Where(u => u.Id == v.OfficerUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new VisitRow(r.Id, r.SchoolId, r.School, r.Officer ?? "Unknown", r.VisitedOn, r.Mode, r.Purpose, r.Days, r.Status, r.Response, r.ResponseComment))];
    }

    /// <summary>The people who record visits (officers and the Director of Learning), for the officer filter. Users are not tenancy-filtered.</summary>
    private async Task<IReadOnlyList<PersonOption>> OfficersAsync(CancellationToken ct)
    {
        var trustId = db.CurrentTrustId;
        var roles = TrustRole.VisitRecorders;
        return await db.Users
            .Where(u => u.TrustId == trustId && u.TrustId != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new PersonOption(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }

    private static string OwnerText(string? role, string? person) => string.Join(", ", new[] { role, person }.Where(o => !string.IsNullOrEmpty(o)));

    private ClaimsPrincipal User => http.HttpContext!.User;
}
