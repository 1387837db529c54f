using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;
using SchoolImprovement.Web.Features.ReviewCycles;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.Due;

/// <summary>What the due list shows: everyone's items or only mine, one officer's, and how far ahead (days).</summary>
public sealed record DueListQuery(bool Mine = false, Guid? Officer = null, int? Within = null)
{
    /// <summary>Overdue items and those due in the next 60 days, unless the reader asks for another horizon.</summary>
    public const int DefaultWithin = 60;

    public const int LongestWithin = 1100;

    public int Days => Math.Clamp(Within ?? DefaultWithin, 0, LongestWithin);
}

/// <summary>One due item on the list: what, for which school, when, whose, and where it is done.</summary>
public sealed record DueRow(
    DueKind Kind, string KindLabel, string Title, Guid? SchoolId, string? School, DateOnly DueOn, bool Overdue, DateOnly? LastDoneOn,
    string Url, IReadOnlyList<string> Responsible);

/// <summary>The due list of the trust (or one school's): overdue first, then by date.</summary>
public sealed record DueListPage(
    DueListQuery Query, DateOnly Today, IReadOnlyList<DueRow> Rows, bool CanFilterByOfficer, IReadOnlyList<PersonOption> Officers,
    Guid? SchoolId, string? SchoolName, IReadOnlyList<DueKind> CanRecord, IReadOnlyList<ReviewOccurrenceRow> Recorded)
{
    public int OverdueCount => Rows.Count(r => r.Overdue);

    /// <summary>The list's own address with the given filters (the school's or the trust's).</summary>
    public string Link(bool mine, Guid? officer, int? within)
    {
        var path = SchoolId is { } id ? $"/schools/{id}/due" : "/due";
        List<string> parts = [];
        if (mine)
        {
            parts.Add("mine=true");
        }

        if (officer is { } o)
        {
            parts.Add($"officer={o}");
        }

        if (within is { } w && w != DueListQuery.DefaultWithin)
        {
            parts.Add($"within={w}");
        }

        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}

/// <summary>
/// The due and overdue list (issue 11 item 4): reads the trust's profile once, asks every registered
/// <see cref="IDueSource"/> (health checks, visit responses, review cycles...) and keeps what the reader may see: the
/// whole trust for trust-wide roles, otherwise the schools the person is assigned to (and trust items on their own list).
/// A fixed number of queries whatever the number of schools: the profile, each source's own, the reader's schools (when not
/// trust-wide), and the names of the people the items are for.
/// </summary>
public sealed class DueListQueries(
    PortalDbContext db, IEnumerable<IDueSource> sources, SchoolAccess access, PermissionsReader permissions, ReviewQueries reviews, TimeProvider clock)
{
    /// <summary>Whose lists the officer filter offers: the school improvement officers and the Director of Learning.</summary>
    private static readonly string[] OfficerRoles = [TrustRole.SchoolImprovementOfficer, TrustRole.DirectorOfLearning];

    /// <summary>The trust's list (<c>/due</c>), or one school's (<c>/schools/{id}/due</c>), for the signed-in reader.</summary>
    public async Task<DueListPage?> ListAsync(DueListQuery query, Guid? schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(user);
        string? schoolName = null;
        var church = false;
        if (schoolId is { } id)
        {
            var school = await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Name, s.ChurchDesignation }).SingleOrDefaultAsync(ct);
            if (school is null)
            {
                return null;
            }

            schoolName = school.Name;
            church = ReviewKinds.IsChurchSchool(school.ChurchDesignation);
        }

        var today = clock.Today();
        var (policy, all) = await ReadAsync(today, schoolId, ct);
        var me = user.Id();
        var wholeTrust = user.SeesWholeTrust();
        var (items, _) = await VisibleOnlyAsync(all, user, ct);

        var horizon = today.AddDays(query.Days);
        var shown = items
            .Where(i => i.IsOverdue(today) || i.DueOn <= horizon)
            .Where(i => !query.Mine || i.ResponsibleUserIds.Contains(me))
            .Where(i => query.Officer is not { } officer || i.ResponsibleUserIds.Contains(officer))
            .OrderByDescending(i => i.IsOverdue(today))
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.SchoolName ?? "", StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
        var ids = shown.SelectMany(i => i.ResponsibleUserIds).Distinct().ToList();
        var trustId = db.CurrentTrustId;
        var people = await db.Users.AsNoTracking()
            .Where(u => u.TrustId == trustId && u.TrustId != null
                && (ids.Contains(u.Id) || (wholeTrust && u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && OfficerRoles.Contains(r.Name!))))))
            .Select(u => new { u.Id, u.DisplayName, Officer = u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && OfficerRoles.Contains(r.Name!))) })
            .ToListAsync(ct);
        var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
        var rows = shown.Select(i => new DueRow(
            i.Kind, i.Kind.Label(), i.Title, i.SchoolId, i.SchoolName, i.DueOn, i.IsOverdue(today), i.LastDoneOn, i.Url,
            [.. i.ResponsibleUserIds.Select(u => names.GetValueOrDefault(u)).OfType<string>().Order(StringComparer.Ordinal)])).ToList();
        var officers = wholeTrust
            ? people.Where(p => p.Officer).OrderBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => new PersonOption(p.Id, p.DisplayName)).ToList()
            : [];
        var can = await permissions.CurrentAsync();
        IReadOnlyList<DueKind> canRecord = schoolId is not null && can.RecordReviews && policy is not null ? ReviewKinds.ForSchool(policy, church) : [];
        IReadOnlyList<ReviewOccurrenceRow> recorded = schoolId is { } schoolOf ? await reviews.ForSchoolAsync(schoolOf, ct) : [];
        return new DueListPage(query, today, rows, wholeTrust, officers, schoolId, schoolName, canRecord, recorded);
    }

    /// <summary>
    /// The trust's due items the signed-in reader may see (the whole trust for trust-wide roles, otherwise their schools'
    /// items and the trust items on their own list), and the schools they see (null: all).
    /// </summary>
    public async Task<(IReadOnlyList<DueItem> Items, IReadOnlySet<Guid>? Schools)> VisibleToAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (_, all) = await ReadAsync(today, null, ct);
        return await VisibleOnlyAsync(all, user, ct);
    }

    private async Task<(IReadOnlyList<DueItem> Items, IReadOnlySet<Guid>? Schools)> VisibleOnlyAsync(List<DueItem> items, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.SeesWholeTrust())
        {
            return (items, null);
        }

        var me = user.Id();
        var visible = (await access.VisibleTo(user).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return ([.. items.Where(i => i.SchoolId is { } school ? visible.Contains(school) : i.ResponsibleUserIds.Contains(me))], visible);
    }

    /// <summary>
    /// Every item on <paramref name="userId"/>'s own list (their ResponsibleUserIds), overdue first then by date, with no
    /// horizon: for the reminder emails and the person's iCalendar feed. Reads no request (it runs in a background trust
    /// scope): only the DbContext's trust and the sources.
    /// </summary>
    public async Task<IReadOnlyList<DueItem>> ForPersonAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var (_, items) = await ReadAsync(today, null, ct);
        return [.. items
            .Where(i => i.ResponsibleUserIds.Contains(userId))
            .OrderByDescending(i => i.IsOverdue(today))
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.SchoolName ?? "", StringComparer.Ordinal)
            .ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    /// <summary>Every source's items for the trust (or one school), from one read of the profile. Nothing without a profile.</summary>
    public async Task<IReadOnlyList<DueItem>> AllAsync(DateOnly today, Guid? schoolId, CancellationToken ct) => (await ReadAsync(today, schoolId, ct)).Items;

    private async Task<(PolicyContent? Policy, List<DueItem> Items)> ReadAsync(DateOnly today, Guid? schoolId, CancellationToken ct)
    {
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            return (null, []);
        }

        var context = new DueContext(today, profile.Content, schoolId);
        List<DueItem> items = [];
        foreach (var source in sources)
        {
            items.AddRange(await source.DueAsync(context, ct));
        }

        return (profile.Content, [.. items.Where(i => schoolId is null || i.SchoolId == schoolId)]);
    }
}
