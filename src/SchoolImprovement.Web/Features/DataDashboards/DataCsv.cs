using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>Each data page's figures as CSV rows (<see cref="CsvExport"/>): the same figures the page shows, numbers as numbers.</summary>
public static class DataCsv
{
    /// <summary>The heat map in long form: a line per school and measure that applies to it.</summary>
    public static byte[] HeatMap(HeatMapPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return CsvExport.Write(
            ["School", "URN", "Phase", "Academic year", "Pupil group", "Measure", "Period", "Value", "National", "Against national", "Target", "Against target"],
            page.Rows.SelectMany(row => row.Cells.Select((cell, i) => (cell, column: page.Columns[i])).Where(c => c.cell.Applies).Select(c => (IReadOnlyList<object?>)
            [
                row.School, row.Urn, row.Phase, page.Year is { } year ? DataFigures.Period(year, 0) : null, page.Query.Group.Label(), c.column.Name,
                c.cell.Period, c.cell.Value, c.cell.National, c.cell.AgainstNational?.Label, c.cell.Target, c.cell.AgainstTarget?.Label,
            ])));
    }

    /// <summary>One school's trends and gaps: a line per measure and period.</summary>
    public static byte[] School(SchoolTrendsPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return CsvExport.Write(
            ["School", "Measure", "Period", "All pupils", "National", "Against national", "Target", "Disadvantaged", "SEND"],
            page.Measures.SelectMany(m => m.Trend.Zip(m.Gaps).Select(p => (IReadOnlyList<object?>)
            [
                page.School, m.Name, p.First.Period, p.First.Value, p.First.National, p.First.AgainstNational?.Label, p.First.Target, p.Second.Disadvantaged, p.Second.Send,
            ])));
    }

    /// <summary>Every Spotlight candidate: school, measure, the two results and national for each.</summary>
    public static byte[] Spotlight(SpotlightPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return CsvExport.Write(
            ["School", "Measure", "Previous period", "Previous value", "Previous national", "Latest period", "Latest value", "Latest national"],
            page.Rows.Select(r => (IReadOnlyList<object?>)
                [r.School, r.Measure, r.PreviousPeriod, r.PreviousValue, r.PreviousNational, r.LatestPeriod, r.LatestValue, r.LatestNational]));
    }
}
