using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>The heat map's filters: academic year (its first calendar year; default the latest with data), pupil group, phase, against national or target, page.</summary>
public sealed record HeatMapQuery(int? Year, PupilGroup Group = PupilGroup.All, string? Phase = null, bool AgainstTarget = false, int Page = 1);

/// <summary>A measure's column: its key, name and unit.</summary>
public sealed record HeatMapColumn(string Key, string Name, bool HigherIsBetter);

/// <summary>
/// One cell: not applicable to the school's phase, no value, or the value with its national figure and
/// target and the comparison the page shows (against national, or against target when chosen).
/// </summary>
public sealed record HeatMapCell(bool Applies, decimal? Value, string? Shown, string? Period, decimal? National, decimal? Target, ComparisonBadge? AgainstNational, ComparisonBadge? AgainstTarget);

public sealed record HeatMapRow(Guid SchoolId, int Urn, string School, string Phase, IReadOnlyList<HeatMapCell> Cells, DateOnly? CausingConcernSince = null);

public sealed record HeatMapPage(
    HeatMapQuery Query, int? Year, IReadOnlyList<int> Years, IReadOnlyList<string> Phases, IReadOnlyList<HeatMapColumn> Columns,
    IReadOnlyList<HeatMapRow> Rows, int Total, int Pages, bool NationalKept)
{
    /// <summary>The query string of these filters (for the pager and the CSV link), without the page.</summary>
    public string Filters =>
        $"Year={Year}&Group={Query.Group}&Phase={Uri.EscapeDataString(Query.Phase ?? "")}&AgainstTarget={(Query.AgainstTarget ? "true" : "false")}";
}

/// <summary>
/// The trust heat map: open schools (rows, by name, 25 a page) × the measures that apply to them
/// (columns) for one year and pupil group, each value against national and its target. Three queries
/// however many schools: the open schools (id, URN, name, phase; filters and facets in memory), the
/// listed schools' values for the group (the columns needed; every year, so the year options come
/// with them), and the group's national figures. The CSV export runs the same with every page.
/// </summary>
public sealed class HeatMapHandler(PortalDbContext db, IConfiguration configuration)
{
    public const int PageSize = 25;

    public async Task<HeatMapPage> HandleAsync(HeatMapQuery query, bool allPages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tolerances = DataDashboardSettings.Tolerances(configuration);
        var schools = await db.Schools.AsNoTracking().Where(s => s.ClosedOn == null)
            .Select(s => new { s.Id, s.Urn, s.Name, s.Phase, s.CausingConcernSince })
            .ToListAsync(ct);
        var phase = string.IsNullOrWhiteSpace(query.Phase) ? null : query.Phase;
        var shown = schools.Where(s => phase is null || s.Phase == phase).OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Urn).ToList();
        var pages = Paging.Pages(shown.Count, PageSize);
        var page = Paging.Clamp(query.Page, shown.Count, PageSize);
        var onPage = allPages ? shown : [.. shown.Skip((page - 1) * PageSize).Take(PageSize)];
        var columns = Measures.All.Where(m => onPage.Any(s => m.AppliesTo(s.Phase))).ToList();

        // The listed schools' values for the group in every year (the year options come from them), and the group's national figures.
        var ids = onPage.Select(s => s.Id).ToList();
        var group = query.Group;
        var values = ids.Count > 0
            ? await db.HeadlineValues.AsNoTracking()
                .Where(v => v.Group == group && ids.Contains(v.SchoolId))
                .Select(v => new { v.SchoolId, v.Year, v.TermNumber, v.MeasureKey, v.Value, v.Target })
                .ToListAsync(ct)
            : [];
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Where(n => n.Group == group)
            .Select(n => new NationalFigure(n.Year, n.MeasureKey, n.Group, n.Phase, n.Value))
            .ToListAsync(ct));
        var asked = query.Year is { } y && y >= HeadlineValue.FirstYear && y <= HeadlineValue.LastYear ? y : (int?)null;
        var years = values.Select(v => v.Year).Concat(asked is { } a ? [a] : []).Distinct().OrderDescending().ToList();
        var year = asked ?? (years.Count > 0 ? years[0] : null);

        // A termly measure shows the year's latest term.
        var latest = values.Where(v => v.Year == year).GroupBy(v => (v.SchoolId, v.MeasureKey)).ToDictionary(g => g.Key, g => g.MaxBy(v => v.TermNumber)!);
        var rows = onPage.Select(s => new HeatMapRow(s.Id, s.Urn, s.Name, s.Phase, [.. columns.Select(m =>
        {
            if (!m.AppliesTo(s.Phase))
            {
                return new HeatMapCell(false, null, null, null, null, null, null, null);
            }

            if (year is not { } cellYear || !latest.TryGetValue((s.Id, m.Key), out var v))
            {
                return new HeatMapCell(true, null, null, null, null, null, null, null);
            }

            var nationalValue = DataFigures.National(national, cellYear, m.Key, group, s.Phase);
            return new HeatMapCell(true, v.Value, DataFigures.Format(m, v.Value), DataFigures.Period(cellYear, v.TermNumber), nationalValue, v.Target,
                DataFigures.Badge(tolerances, m, v.Value, nationalValue, "national"),
                DataFigures.Badge(tolerances, m, v.Value, v.Target, "target"));
        })], s.CausingConcernSince)).ToList();

        return new HeatMapPage(query with { Page = page, Phase = phase }, year, years,
            [.. schools.Select(s => s.Phase).Distinct().Order(StringComparer.Ordinal)],
            [.. columns.Select(m => new HeatMapColumn(m.Key, m.Name, m.HigherIsBetter))], rows, shown.Count, pages, national.Any(f => f.Key.Year == year));
    }
}
