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

public sealed record SchoolLink(Guid Id, string Name, string? Detail);

public sealed record OverdueAction(Guid Id, Guid SchoolId, string School, string Title, DateOnly DueOn);

public sealed record AwaitingProposal(Guid Id, Guid SchoolId, string School, string Category, DateTimeOffset ProposedAt);

public sealed record DashboardPage(
    DashboardQuery Query, int Schools, IReadOnlyList<CategoryCount> Categories, int Uncategorised, DateOnly TermStarted,
    IReadOnlyList<SchoolLink> WithoutCategoryThisYear, AcademicYear Year,
    int OverdueCount, IReadOnlyList<OverdueAction> Overdue, IReadOnlyList<AwaitingProposal> Awaiting, ActionFacets Facets, bool CanPropose);

/// <summary>
/// The trust dashboard: schools by confirmed category with movement since the start of the term,
/// schools without a confirmed category this academic year, overdue actions and proposals
/// awaiting confirmation. A fixed number of queries however many schools the trust has.
/// </summary>
public sealed class DashboardHandler(PortalDbContext db, ActionQueries actions, TimeProvider clock)
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

        var schools = db.Schools.Where(s => s.ClosedOn == null);
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

        var scheme = (await db.PolicyProfiles.AsNoTracking().SingleAsync(ct)).Categories.Select(c => c.Name).ToList();
        var schoolList = await schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var confirmed = await db.Categorisations
            .Where(c => c.Status == CategorisationStatus.Confirmed && schools.Any(s => s.Id == c.SchoolId))
            .Select(c => new { c.SchoolId, c.Category, c.DecidedAt, c.Id })
            .ToListAsync(ct);
        var bySchool = confirmed.GroupBy(c => c.SchoolId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).ToList());
        var termStartUtc = new DateTimeOffset(UkClock.StartOfUkDay(termStart), TimeSpan.Zero);
        var yearStartUtc = new DateTimeOffset(UkClock.StartOfUkDay(year.FirstDay), TimeSpan.Zero);

        string? Current(Guid id) => bySchool.TryGetValue(id, out var list) ? list[^1].Category : null;
        string? AtTermStart(Guid id) => bySchool.TryGetValue(id, out var list) ? list.LastOrDefault(c => c.DecidedAt < termStartUtc)?.Category : null;

        var counts = scheme.Select(category => new CategoryCount(category,
            schoolList.Count(s => Current(s.Id) == category),
            schoolList.Count(s => AtTermStart(s.Id) == category))).ToList();
        var withoutThisYear = schoolList
            .Where(s => !bySchool.TryGetValue(s.Id, out var list) || list[^1].DecidedAt < yearStartUtc)
            .Select(s => new SchoolLink(s.Id, s.Name, Current(s.Id) is { } last ? $"last confirmed: {last}" : "never categorised"))
            .ToList();

        var overdue = db.Actions
            .Where(ImprovementAction.IsOpenCondition)
            .Where(a => a.DueOn < today)
            .Join(schools, a => a.SchoolId, s => s.Id, (a, s) => new { a.Id, a.SchoolId, School = s.Name, a.Title, a.DueOn });
        var overdueCount = await overdue.CountAsync(ct);
        var overdueTop = await overdue.OrderBy(a => a.DueOn).Take(ListLimit).ToListAsync(ct);
        var awaiting = await db.Categorisations.Where(c => c.Status == CategorisationStatus.Proposed)
            .Join(schools, c => c.SchoolId, s => s.Id, (c, s) => new { c.Id, c.SchoolId, School = s.Name, c.Category, c.ProposedAt })
            .OrderBy(c => c.Id).ToListAsync(ct);

        return new DashboardPage(query, schoolList.Count, counts, schoolList.Count(s => Current(s.Id) is null), termStart,
            withoutThisYear, year, overdueCount,
            [.. overdueTop.Select(a => new OverdueAction(a.Id, a.SchoolId, a.School, a.Title, a.DueOn))],
            [.. awaiting.Select(a => new AwaitingProposal(a.Id, a.SchoolId, a.School, a.Category, a.ProposedAt))],
            await actions.FacetsAsync(ct), can.ProposeCategory);
    }
}
