using System.Globalization;
using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>A comparison as a page shows it: a symbol and words (never colour alone) and a Bootstrap colour class.</summary>
public sealed record ComparisonBadge(Comparison Comparison, string Symbol, string Label, string Css);

/// <summary>A national figure as the pages read it (one projected row per year, measure, group and phase).</summary>
public sealed record NationalFigure(int Year, string MeasureKey, PupilGroup Group, string? Phase, decimal Value);

/// <summary>Figures shown on the data pages: values in their unit, periods, national figures for a school's phase, and comparisons.</summary>
public static class DataFigures
{
    /// <summary>The value as shown (the measure's own format: "61.5%", "46.2", "-0.35", "3").</summary>
    public static string Format(Measure measure, decimal value)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Format(value);
    }

    /// <summary>A group's gap to all pupils: percentage points for percentages ("-8.5 pts"), else in the measure's unit.</summary>
    public static string Gap(Measure measure, decimal gap)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Unit == MeasureUnit.Percentage ? $"{gap.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture)} pts" : gap.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);
    }

    /// <summary>The value for a chart or a data attribute: invariant, unrounded.</summary>
    public static string Raw(decimal value) => CsvExport.Number(value);

    /// <summary>"2024/25" for a whole-year result, "Autumn 2024/25" for a term's.</summary>
    public static string Period(int year, int termNumber) =>
        termNumber == HeadlineValue.WholeYear ? HeadlineLabels.YearName(year) : $"{HeadlineLabels.TermName(termNumber)} {HeadlineLabels.YearName(year)}";

    /// <summary>
    /// The national figure set beside a school's (<see cref="NationalComparator.AppliesTo"/>): the one kept for
    /// the school's phase if there is one (absence has primary and secondary figures), otherwise the
    /// all-phases one; null when neither is kept.
    /// </summary>
    public static decimal? National(ILookup<(int Year, string MeasureKey, PupilGroup Group), NationalFigure> national, int year, string measureKey, PupilGroup group, string schoolPhase)
    {
        ArgumentNullException.ThrowIfNull(national);
        return national[(year, measureKey, group)]
            .Where(f => NationalComparator.PhaseFits(f.Phase, schoolPhase))
            .OrderBy(f => NationalComparator.RankOf(f.Phase))
            .Select(f => (decimal?)f.Value)
            .FirstOrDefault();
    }

    public static ILookup<(int Year, string MeasureKey, PupilGroup Group), NationalFigure> ByKey(IEnumerable<NationalFigure> figures) =>
        figures.ToLookup(f => (f.Year, f.MeasureKey, f.Group));

    /// <summary>The badge for a value against a reference ("national", "target"), or null without a reference figure.</summary>
    public static ComparisonBadge? Badge(ComparisonTolerances tolerances, Measure measure, decimal value, decimal? reference, string against)
    {
        ArgumentNullException.ThrowIfNull(tolerances);
        ArgumentNullException.ThrowIfNull(measure);
        if (tolerances.Compare(measure, value, reference) is not { } comparison)
        {
            return null;
        }

        var css = ComparisonRule.IsFavourable(comparison, measure.HigherIsBetter) switch
        {
            true => "text-bg-success",
            false => "text-bg-danger",
            null => "text-bg-warning",
        };
        return new ComparisonBadge(comparison, ComparisonRule.Symbol(comparison), ComparisonRule.Label(comparison, against), css);
    }
}
