using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.Dashboard;

public sealed record DashboardQuery(string? Phase, string? LocalAuthority, Guid? Officer);

public sealed record CategoryCount(string Category, int Now, int StartOfTerm)
{
    public int Movement => Now - StartOfTerm;
}

public sealed record SchoolLink(Guid Id, string Name, string? Detail, DateOnly? CausingConcernSince = null);

public sealed record OverdueAction(Guid Id, Guid SchoolId, string School, string Title, DateOnly DueOn, DateOnly? CausingConcernSince = null);

public sealed record AwaitingProposal(Guid Id, Guid SchoolId, string School, string Category, DateTimeOffset ProposedAt, DateOnly? CausingConcernSince = null);

public sealed record DashboardPage(
    DashboardQuery Query, int Schools, IReadOnlyList<CategoryCount> Categories, int Uncategorised, DateOnly TermStarted,
    IReadOnlyList<SchoolLink> WithoutCategoryThisYear, AcademicYear Year,
    int OverdueCount, IReadOnlyList<OverdueAction> Overdue, IReadOnlyList<AwaitingProposal> Awaiting, ActionFacets Facets, bool CanPropose);

/// <summary>
/// The trust dashboard: schools by confirmed category with movement since the start of the term,
/// schools without a confirmed category this academic year, overdue actions and proposals
/// awaiting confirmation. Five queries however many schools the trust has (docs/performance.md):
/// the category scheme; every school with its confirmed categorisations (filters and facets are
/// applied in memory from it); the linked officers with their schools (facet and officer filter);
/// the overdue actions (the first ten with the count beside them); the proposals awaiting confirmation.
/// </summary>
public sealed class DashboardHandler(PortalDbContext db, TimeProvider clock)
{
    private const int ListLimit = 10;

    /// <param name="can">The reader's permissions: a proposer's uncategorised schools link to the proposal page.</param>
    public async Task<DashboardPage> HandleAsync(DashboardQuery query, Permissions can, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(can);
        var today = clock.Today();
        var termStart = AcademicYear.StartOfTerm(today);
        var year = AcademicYear.Containing(today);
        var phase = string.IsNullOrWhiteSpace(query.Phase) ? null : query.Phase;
        var localAuthority = string.IsNullOrWhiteSpace(query.LocalAuthority) ? null : query.LocalAuthority;

        // The same filter for the overdue and awaiting queries, in SQL.
        var schools = db.Schools.AsNoTracking().Where(s => s.ClosedOn == null);
        if (phase is not null)
        {
            schools = schools.Where(s => s.Phase == phase);
        }

        if (localAuthority is not null)
        {
            schools = schools.Where(s => s.LocalAuthority == localAuthority);
        }

        if (query.Officer is { } officer)
        {
            schools = schools.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == officer && a.Kind == AssignmentKind.LinkedOfficerFor));
        }

        var scheme = (await db.PolicyProfiles.AsNoTracking().SingleAsync(ct)).Categories.Select(c => c.Name).ToList();

        // Every school of the trust (closed ones too, for the facets) with its confirmed categorisations: one row per pair.
        var schoolRows = await db.Schools.AsNoTracking()
            .SelectMany(
                s => db.Categorisations.Where(c => c.SchoolId == s.Id && c.Status == CategorisationStatus.Confirmed).DefaultIfEmpty(),
                (s, c) => new { s.Id, s.Name, s.Phase, s.LocalAuthority, Open = s.ClosedOn == null, s.CausingConcernSince, CategorisationId = (Guid?)c!.Id, Category = (string?)c.Category, DecidedAt = c.DecidedAt })
            .ToListAsync(ct);
        var officers = await db.SchoolAssignments.AsNoTracking().Where(a => a.Kind == AssignmentKind.LinkedOfficerFor)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.SchoolId, u.Id, u.DisplayName })
            .ToListAsync(ct);

        var linked = query.Officer is { } chosen ? officers.Where(o => o.Id == chosen).Select(o => o.SchoolId).ToHashSet() : null;
        var shown = schoolRows
            .Where(r => r.Open && (phase is null || r.Phase == phase) && (localAuthority is null || r.LocalAuthority == localAuthority) && (linked is null || linked.Contains(r.Id)))
            .ToList();
        var schoolList = shown.DistinctBy(r => r.Id).OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new { r.Id, r.Name, r.CausingConcernSince }).ToList();
        var bySchool = shown.Where(r => r.CategorisationId is not null)
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.CategorisationId).Select(c => new { Category = c.Category!, DecidedAt = c.DecidedAt!.Value }).ToList());
        var termStartUtc = new DateTimeOffset(UkClock.StartOfUkDay(termStart), TimeSpan.Zero);
        var yearStartUtc = new DateTimeOffset(UkClock.StartOfUkDay(year.FirstDay), TimeSpan.Zero);

        string? Current(Guid id) => bySchool.TryGetValue(id, out var list) ? list[^1].Category : null;
        string? AtTermStart(Guid id) => bySchool.TryGetValue(id, out var list) ? list.LastOrDefault(c => c.DecidedAt < termStartUtc)?.Category : null;

        var counts = scheme.Select(category => new CategoryCount(category,
            schoolList.Count(s => Current(s.Id) == category),
            schoolList.Count(s => AtTermStart(s.Id) == category))).ToList();
        var withoutThisYear = schoolList
            .Where(s => !bySchool.TryGetValue(s.Id, out var list) || list[^1].DecidedAt < yearStartUtc)
            .Select(s => new SchoolLink(s.Id, s.Name, Current(s.Id) is { } last ? $"last confirmed: {last}" : "never categorised", s.CausingConcernSince))
            .ToList();

        // The first ten overdue actions, each carrying the total (a scalar subquery): one query, and zero rows means none.
        var overdue = db.Actions.AsNoTracking()
            .Where(ImprovementAction.IsOpenCondition)
            .Where(a => a.DueOn < today)
            .Join(schools, a => a.SchoolId, s => s.Id, (a, s) => new { a.Id, a.SchoolId, School = s.Name, a.Title, a.DueOn, s.CausingConcernSince });
        var overdueTop = await overdue.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(ListLimit)
            .Select(a => new { a.Id, a.SchoolId, a.School, a.Title, a.DueOn, a.CausingConcernSince, Total = overdue.Count() })
            .ToListAsync(ct);
        var awaiting = await db.Categorisations.AsNoTracking().Where(c => c.Status == CategorisationStatus.Proposed)
            .Join(schools, c => c.SchoolId, s => s.Id, (c, s) => new { c.Id, c.SchoolId, School = s.Name, c.Category, c.ProposedAt, s.CausingConcernSince })
            .OrderBy(c => c.Id).ToListAsync(ct);

        var facets = new ActionFacets(
            [.. schoolRows.Select(r => r.Phase).Distinct().Order()],
            [.. schoolRows.Select(r => r.LocalAuthority).Distinct().Order()],
            [.. officers.DistinctBy(o => o.Id).OrderBy(o => o.DisplayName, StringComparer.Ordinal).Select(o => new PersonOption(o.Id, o.DisplayName))]);
        return new DashboardPage(query, schoolList.Count, counts, schoolList.Count(s => Current(s.Id) is null), termStart,
            withoutThisYear, year, overdueTop.Count == 0 ? 0 : overdueTop[0].Total,
            [.. overdueTop.Select(a => new OverdueAction(a.Id, a.SchoolId, a.School, a.Title, a.DueOn, a.CausingConcernSince))],
            [.. awaiting.Select(a => new AwaitingProposal(a.Id, a.SchoolId, a.School, a.Category, a.ProposedAt, a.CausingConcernSince))],
            facets, can.ProposeCategory);
    }
}
