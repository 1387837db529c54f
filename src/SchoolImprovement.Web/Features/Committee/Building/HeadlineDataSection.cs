using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Web.Features.DataDashboards;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Pupil headline data (DDAT §2 "School performance information is shared with the Education and Standards Committee"):
/// the trust's figure for each measure (the mean of its open schools' latest figures of the latest year with data, all
/// pupils, by the phase national figures are published for) against national and the schools' targets, in a table and in
/// bar charts by stage; and the exceptions: the schools below national (and their target) in a measure. Reads through the
/// heat map (<see cref="HeatMapHandler"/>, every page): three queries however many schools.
/// </summary>
public sealed class HeadlineDataSection(HeatMapHandler heatMap, IConfiguration configuration) : IPackSection
{
    public const string FiguresCaption = "Trust figures against national and target";
    public const string BelowCaption = "Schools below national and their target";

    public PackSectionKind Kind => PackSectionKind.HeadlineData;

    private sealed record Figure(Measure Measure, string Label, decimal Trust, decimal? National, decimal? Target, int Schools);

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var page = await heatMap.HandleAsync(new HeatMapQuery(null), allPages: true, ct);
        if (page.Year is not { } year)
        {
            return null;
        }

        var tolerances = DataDashboardSettings.Tolerances(configuration);
        var rows = page.Rows.Where(r => reading.IsOpen(r.SchoolId)).ToList();
        var measures = page.Columns.Select(c => Measures.All.Single(m => m.Key == c.Key)).ToList();
        var cells = rows.SelectMany(r => r.Cells.Select((cell, i) => (Row: r, Measure: measures[i], Cell: cell)))
            .Where(x => x.Cell.Value is not null)
            .ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        // One figure per measure and the phase national figures are published for (attendance has primary and secondary).
        var figures = cells
            .GroupBy(x => (x.Measure.Key, Phase: SchoolPhases.ComparatorPhaseFor(x.Row.Phase)))
            .Select(g =>
            {
                var measure = g.First().Measure;
                var phases = cells.Where(x => x.Measure.Key == measure.Key).Select(x => SchoolPhases.ComparatorPhaseFor(x.Row.Phase)).Distinct().Count();
                var label = phases > 1 ? $"{measure.Name} ({(g.Key.Phase ?? "all phases").ToLowerInvariant()})" : measure.Name;
                var targets = g.Where(x => x.Cell.Target is not null).Select(x => x.Cell.Target!.Value).ToList();
                return new Figure(
                    measure,
                    label,
                    Round(measure, g.Average(x => x.Cell.Value!.Value)),
                    g.Select(x => x.Cell.National).FirstOrDefault(n => n is not null),
                    targets.Count == 0 ? null : Round(measure, targets.Average()),
                    g.Count());
            })
            .OrderBy(f => measures.IndexOf(f.Measure)).ThenBy(f => f.Label, StringComparer.Ordinal)
            .ToList();

        var figureTable = new PackTable(
            FiguresCaption,
            ["Measure", "Trust", "National", "Target", "Against national", "Schools"],
            [.. figures.Select(f => new PackRow(null, [
                new PackCell(f.Label),
                new PackCell(f.Measure.Format(f.Trust)),
                new PackCell(f.National is { } n ? f.Measure.Format(n) : NationalComparator.NotPublished),
                new PackCell(f.Target is { } t ? f.Measure.Format(t) : "None set"),
                Against(tolerances, f.Measure, f.Trust, f.National),
                new PackCell(f.Schools.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]))]);

        var below = rows
            .Select(r => (Row: r, Below: r.Cells.Select((cell, i) => (Measure: measures[i], Cell: cell))
                .Where(x => x.Cell.Value is not null
                    && x.Cell.AgainstNational is { } n && ComparisonRule.IsFavourable(n.Comparison, x.Measure.HigherIsBetter) == false
                    && (x.Cell.AgainstTarget is not { } t || ComparisonRule.IsFavourable(t.Comparison, x.Measure.HigherIsBetter) == false))
                .ToList()))
            .Where(x => x.Below.Count > 0)
            .OrderBy(x => x.Row.School, StringComparer.Ordinal)
            .Select(x => new PackRow(x.Row.SchoolId, [
                new PackCell(x.Row.School),
                new PackCell(x.Below.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Rag.Red),
                new PackCell(string.Join("; ", x.Below.Select(b => $"{b.Measure.Name} {b.Cell.Shown} (national {b.Measure.Format(b.Cell.National!.Value)})"))),
            ]))
            .ToList();
        var belowTable = new PackTable(BelowCaption, ["School", "Measures", "Below national (and target)"], below);

        var charts = figures
            .Where(f => f.Measure.Unit != MeasureUnit.Count)
            .GroupBy(f => ChartTitle(f.Measure))
            .Select(g => new PackChart(g.Key, g.First().Measure.Unit == MeasureUnit.Percentage ? "%" : "points", [.. g.Select(f => new PackBar(f.Label, f.Trust, f.National, f.Target))]))
            .ToList();

        var period = HeadlineLabels.YearName(year);
        var againstNational = figures.Where(f => f.National is not null).ToList();
        var favourable = againstNational.Count(f => tolerances.Compare(f.Measure, f.Trust, f.National) is { } c && ComparisonRule.IsFavourable(c, f.Measure.HigherIsBetter) != false);
        var summary = $"{period}: the trust is at or above national in {favourable} of {againstNational.Count} measures with a national figure; "
            + $"{PackText.Count(below.Count, "school")} below national and their target in at least one measure.";
        return PackReading.Section(Kind, summary, Changes(reading, figures, period, charts), tables: [figureTable, belowTable], charts: charts);
    }

    private static IEnumerable<string> Changes(PackReading reading, List<Figure> figures, string period, List<PackChart> charts)
    {
        if (reading.PreviousSection(PackSectionKind.HeadlineData) is not { } previous)
        {
            yield break;
        }

        if (!previous.Summary.StartsWith(period + ":", StringComparison.Ordinal))
        {
            yield return $"Figures are now for {period}.";
        }

        var before = previous.Charts.SelectMany(c => c.Bars.Select(b => (c.Unit, Bar: b))).GroupBy(x => x.Bar.Label).ToDictionary(g => g.Key, g => g.First());
        foreach (var bar in charts.SelectMany(c => c.Bars.Select(b => (c.Unit, Bar: b))))
        {
            if (before.TryGetValue(bar.Bar.Label, out var was) && was.Bar.Value != bar.Bar.Value && bar.Bar.Value is { } now && was.Bar.Value is { } then)
            {
                var measure = figures.First(f => f.Label == bar.Bar.Label).Measure;
                yield return $"{bar.Bar.Label}: {measure.Format(now)} (was {measure.Format(then)}).";
            }
        }
    }

    private static string ChartTitle(Measure measure) => measure.Stage switch
    {
        MeasureStage.EarlyYears or MeasureStage.Phonics or MeasureStage.KeyStage2 => "Early years, phonics and key stage 2",
        MeasureStage.KeyStage4 when measure.Unit == MeasureUnit.Percentage => "Key stage 4: English and maths",
        MeasureStage.KeyStage4 => measure.Name,
        MeasureStage.Attendance => "Attendance and persistent absence",
        _ => measure.Name,
    };

    private static PackCell Against(ComparisonTolerances tolerances, Measure measure, decimal trust, decimal? national)
    {
        if (tolerances.Compare(measure, trust, national) is not { } comparison)
        {
            return new PackCell("No national figure");
        }

        var rag = ComparisonRule.IsFavourable(comparison, measure.HigherIsBetter) switch
        {
            true => Rag.Green,
            false => Rag.Red,
            null => Rag.Amber,
        };
        return new PackCell($"{ComparisonRule.Symbol(comparison)} {ComparisonRule.Label(comparison, "national")}", rag);
    }

    private static decimal Round(Measure measure, decimal value) => Math.Round(value, measure.Unit == MeasureUnit.Percentage ? 1 : 2, MidpointRounding.AwayFromZero);
}
