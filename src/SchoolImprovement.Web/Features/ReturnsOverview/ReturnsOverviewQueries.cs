using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.ReturnsOverview;

/// <summary>The returns page's filters, as the query string gives them; the year and term default to today's.</summary>
public sealed class ReturnsFilter
{
    public ReturnState? State { get; set; }

    public WebsiteCheckState? Website { get; set; }

    public Guid? Officer { get; set; }

    public string? Phase { get; set; }

    public int? Year { get; set; }

    public Term? Term { get; set; }

    public int Page { get; set; } = 1;
}

/// <summary>
/// The trust-wide returns page: counts per state (links that filter), the page's schools and the filter choices.
/// <see cref="UsesWebsiteChecks"/>: the trust's policy uses website checks; otherwise their filter, counts and column are left out.
/// </summary>
public sealed record ReturnsOverviewPage(
    ReturnsFilter Filter,
    AcademicYear Year,
    Term Term,
    IReadOnlyList<ReturnDocument> Documents,
    IReadOnlyList<ReturnStateCount> Counts,
    IReadOnlyList<WebsiteStateCount> WebsiteCounts,
    int Total,
    IReadOnlyList<ReturnsOverviewRow> Rows,
    Pager Pager,
    IReadOnlyList<OfficerChoice> Officers,
    IReadOnlyList<string> Phases,
    IReadOnlyList<int> Years,
    Func<ReturnState?, WebsiteCheckState?, string> FilterLink,
    bool UsesWebsiteChecks);

public sealed record ReturnStateCount(ReturnState State, int Count);

public sealed record WebsiteStateCount(WebsiteCheckState State, int Count);

public sealed record OfficerChoice(Guid Id, string Name);

/// <summary>One school: its linked officer, each required document's state that term, and its website check for the year.</summary>
public sealed record ReturnsOverviewRow(Guid SchoolId, string School, string Phase, string? Officer, IReadOnlyList<ReturnCell> Cells, WebsiteCheckState Website, DateOnly? CausingConcernSince = null);

/// <param name="Versions">How many versions the school has uploaded for the term.</param>
public sealed record ReturnCell(ReturnDocument Document, ReturnState State, DateOnly? DueOn, int Versions);

/// <summary>
/// The trust-wide returns page (<see cref="Security.Policies.OverseeReturns"/>). A fixed number of queries however many
/// schools the trust has: the trust's policy profile (which documents are due when); the schools that pass the phase and
/// officer filters (id, name, phase only); the latest version of each school's document for the term (one query, the
/// unique index's order); the year's current website checks; the linked officers; the phases. States and their counts are
/// worked out in memory from these narrow rows, then one page of schools is shown.
/// </summary>
public sealed class ReturnsOverviewQueries(PortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<ReturnsOverviewPage> PageAsync(ReturnsFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = clock.Today();
        var year = filter.Year is { } y and >= 2000 and <= 2100 ? new AcademicYear(y) : AcademicYear.Containing(today);
        var term = filter.Term is { } t && Enum.IsDefined(t) ? t : AcademicYear.TermOf(today);
        var phase = string.IsNullOrWhiteSpace(filter.Phase) ? null : filter.Phase.Trim();

        var profile = await db.PolicyProfiles.AsNoTracking().SingleAsync(ct);
        var requirements = profile.ReturnRequirements;
        var usesWebsiteChecks = profile.Uses(PolicyCapability.WebsiteChecks);
        var websiteFilter = usesWebsiteChecks ? filter.Website : null;
        var documents = requirements.Select(r => r.Document).Distinct().Order().ToList();

        var termStart = ReturnSchedule.TermStart(year, term);
        var schools = db.Schools.AsNoTracking().Where(s => s.ClosedOn == null || s.ClosedOn >= termStart);
        if (phase is not null)
        {
            schools = schools.Where(s => s.Phase == phase);
        }

        if (filter.Officer is { } officer)
        {
            schools = schools.Where(s => db.SchoolAssignments.Any(a => a.SchoolId == s.Id && a.UserId == officer && a.Kind == AssignmentKind.LinkedOfficerFor));
        }

        var schoolRows = await schools.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Phase, s.CausingConcernSince }).ToListAsync(ct);

        // The latest version of each school's document for the term: no later version of the same document exists.
        var latest = await db.ReturnVersions.AsNoTracking()
            .Where(v => v.Year == year.StartYear && v.Term == term
                && !db.ReturnVersions.Any(w => w.SchoolId == v.SchoolId && w.Document == v.Document && w.Year == v.Year && w.Term == v.Term && w.Number > v.Number))
            .Select(v => new { v.SchoolId, v.Document, v.Number, v.Review })
            .ToListAsync(ct);
        var latestBy = latest.ToDictionary(v => (v.SchoolId, v.Document));

        // Read whether or not the trust uses website checks, so the page sends the same commands either way.
        var websites = (await db.WebsiteChecks.AsNoTracking()
                .Where(c => usesWebsiteChecks && c.Year == year.StartYear && c.SupersededBy == null)
                .Select(c => new { c.SchoolId, c.Outcome })
                .ToListAsync(ct))
            .ToDictionary(c => c.SchoolId, c => c.Outcome);

        var officerRows = await db.SchoolAssignments.AsNoTracking().Where(a => a.Kind == AssignmentKind.LinkedOfficerFor)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.SchoolId, u.Id, u.DisplayName })
            .ToListAsync(ct);
        var officerOf = officerRows.GroupBy(o => o.SchoolId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(o => o.DisplayName).Order(StringComparer.Ordinal)));
        var phases = await db.Schools.AsNoTracking().Select(s => s.Phase).Distinct().OrderBy(p => p).ToListAsync(ct);

        var all = schoolRows.Select(s => new ReturnsOverviewRow(
                s.Id,
                s.Name,
                s.Phase,
                officerOf.GetValueOrDefault(s.Id),
                [.. documents.Select(d =>
                {
                    var requirement = requirements.FirstOrDefault(r => r.Document == d && r.Terms.Contains(term));
                    var found = latestBy.TryGetValue((s.Id, d), out var version);
                    return new ReturnCell(
                        d,
                        ReturnSchedule.StateOf(requirement, year, term, today, found, found ? version!.Review : null),
                        requirement is null ? null : ReturnSchedule.DueOn(requirement, year, term),
                        found ? version!.Number : 0);
                })],
                WebsiteCheck.StateOf(websites.TryGetValue(s.Id, out var outcome) ? outcome : null),
                s.CausingConcernSince))
            .ToList();

        var counts = Enum.GetValues<ReturnState>().Select(state => new ReturnStateCount(state, all.Sum(r => r.Cells.Count(c => c.State == state)))).ToList();
        var websiteCounts = Enum.GetValues<WebsiteCheckState>().Select(state => new WebsiteStateCount(state, all.Count(r => r.Website == state))).ToList();
        var shown = all
            .Where(r => filter.State is not { } wanted || r.Cells.Any(c => c.State == wanted))
            .Where(r => websiteFilter is not { } website || r.Website == website)
            .ToList();
        var page = Paging.Clamp(filter.Page, shown.Count, PageSize);
        var effective = new ReturnsFilter { State = filter.State, Website = websiteFilter, Officer = filter.Officer, Phase = phase, Year = year.StartYear, Term = term, Page = page };

        return new ReturnsOverviewPage(
            effective,
            year,
            term,
            documents,
            counts,
            websiteCounts,
            shown.Count,
            [.. shown.Skip((page - 1) * PageSize).Take(PageSize)],
            new Pager(page, Paging.Pages(shown.Count, PageSize), p => Link(effective, effective.State, effective.Website, p)),
            [.. officerRows.GroupBy(o => o.Id).Select(g => new OfficerChoice(g.Key, g.First().DisplayName)).OrderBy(o => o.Name, StringComparer.Ordinal)],
            phases,
            [.. Enumerable.Range(0, 3).Select(i => AcademicYear.Containing(today).StartYear - i)],
            (state, website) => Link(effective, state, website, 1),
            usesWebsiteChecks);
    }

    /// <summary>The page's address with the filters, a state filter and a page.</summary>
    public static string Link(ReturnsFilter filter, ReturnState? state, WebsiteCheckState? website, int page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string> { $"Year={filter.Year}", $"Term={filter.Term}" };
        if (state is { } s)
        {
            parts.Add($"State={s}");
        }

        if (website is { } w)
        {
            parts.Add($"Website={w}");
        }

        if (filter.Officer is { } officer)
        {
            parts.Add($"Officer={officer}");
        }

        if (!string.IsNullOrEmpty(filter.Phase))
        {
            parts.Add($"Phase={Uri.EscapeDataString(filter.Phase)}");
        }

        if (page > 1)
        {
            parts.Add($"Page={page}");
        }

        return "/returns?" + string.Join("&", parts);
    }
}
