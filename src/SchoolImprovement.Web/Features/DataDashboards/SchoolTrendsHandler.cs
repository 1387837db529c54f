using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>One period of a measure's trend: the school's value for all pupils, national and the target (each may be missing: a gap in the chart).</summary>
public sealed record TrendPoint(string Period, decimal? Value, string? Shown, decimal? National, string? NationalShown, decimal? Target, string? TargetShown, ComparisonBadge? AgainstNational);

/// <summary>One period of a measure's gaps: all pupils, disadvantaged and SEND pupils, and each group's gap to all pupils.</summary>
public sealed record GapPoint(string Period, decimal? All, decimal? Disadvantaged, decimal? Send, string? AllShown, string? DisadvantagedShown, string? SendShown, string? DisadvantagedGap, string? SendGap);

/// <summary>A measure's section: its trend (chart and table) and its gaps (chart and table).</summary>
public sealed record MeasureTrend(string Key, string Name, string Unit, bool Termly, bool HigherIsBetter, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<GapPoint> Gaps)
{
    public bool HasGaps => Gaps.Any(g => g.Disadvantaged is not null || g.Send is not null);
}

public sealed record SchoolTrendsPage(Guid SchoolId, string School, string Phase, IReadOnlyList<MeasureTrend> Measures, IReadOnlyList<string> WithoutData, bool CanSeeTrust);

/// <summary>
/// One school's data over years and terms: for each measure that applies to its phase and has data,
/// the value against national and target in every period, and the disadvantaged and SEND gaps to all
/// pupils. Three queries: the school, its values (every year, term and group; the columns needed) and
/// the national figures for its measures.
/// </summary>
public sealed class SchoolTrendsHandler(PortalDbContext db, IConfiguration configuration)
{
    public async Task<SchoolTrendsPage?> HandleAsync(Guid schoolId, bool canSeeTrust, CancellationToken ct)
    {
        var tolerances = DataDashboardSettings.Tolerances(configuration);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Id, s.Name, s.Phase }).SingleOrDefaultAsync(ct);
        if (school is null)
        {
            return null;
        }

        var values = await db.HeadlineValues.AsNoTracking().Where(v => v.SchoolId == schoolId)
            .Select(v => new { v.Year, v.TermNumber, v.MeasureKey, v.Group, v.Value, v.Target })
            .ToListAsync(ct);
        var national = DataFigures.ByKey(await db.NationalComparators.AsNoTracking()
            .Select(n => new NationalFigure(n.Year, n.MeasureKey, n.Group, n.Phase, n.Value))
            .ToListAsync(ct));

        var byMeasure = values.ToLookup(v => v.MeasureKey);
        var applicable = Domain.HeadlineData.Measures.All.Where(m => m.AppliesTo(school.Phase)).ToList();
        var trends = new List<MeasureTrend>();
        foreach (var measure in applicable.Where(m => byMeasure[m.Key].Any()))
        {
            var own = byMeasure[measure.Key].ToDictionary(v => (v.Year, v.TermNumber, v.Group));
            var periods = own.Keys.Select(k => (k.Year, k.TermNumber)).Distinct().Order().ToList();
            string? Show(decimal? value) => value is { } v ? DataFigures.Format(measure, v) : null;
            decimal? Value(int year, int term, PupilGroup group) => own.TryGetValue((year, term, group), out var v) ? v.Value : null;
            string? Gap(decimal? group, decimal? all) => group is { } g && all is { } a ? DataFigures.Gap(measure, g - a) : null;

            var trend = periods.Select(p =>
            {
                own.TryGetValue((p.Year, p.TermNumber, PupilGroup.All), out var all);
                var nationalValue = DataFigures.National(national, p.Year, measure.Key, PupilGroup.All, school.Phase);
                return new TrendPoint(DataFigures.Period(p.Year, p.TermNumber), all?.Value, Show(all?.Value), nationalValue, Show(nationalValue), all?.Target, Show(all?.Target),
                    all is null ? null : DataFigures.Badge(tolerances, measure, all.Value, nationalValue, "national"));
            }).ToList();
            var gaps = periods.Select(p =>
            {
                var all = Value(p.Year, p.TermNumber, PupilGroup.All);
                var disadvantaged = Value(p.Year, p.TermNumber, PupilGroup.Disadvantaged);
                var send = Value(p.Year, p.TermNumber, PupilGroup.Send);
                return new GapPoint(DataFigures.Period(p.Year, p.TermNumber), all, disadvantaged, send, Show(all), Show(disadvantaged), Show(send), Gap(disadvantaged, all), Gap(send, all));
            }).ToList();
            trends.Add(new MeasureTrend(measure.Key, measure.Name, measure.Unit.ToString(), measure.Termly, measure.HigherIsBetter, trend, gaps));
        }

        return new SchoolTrendsPage(school.Id, school.Name, school.Phase, trends,
            [.. applicable.Where(m => !byMeasure[m.Key].Any()).Select(m => m.Name)], canSeeTrust);
    }
}
