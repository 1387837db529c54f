namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// How far from a reference figure a value still counts as broadly in line (<see cref="ComparisonRule"/>),
/// set per unit: percentage points for percentages, points for scores (Attainment 8), a number for counts;
/// a measure may have its own (Progress 8, whose scale is a tenth of Attainment 8's).
/// </summary>
public sealed record ComparisonTolerances(decimal Percentage, decimal Score, decimal Count, IReadOnlyDictionary<string, decimal> ByMeasure)
{
    /// <summary>1 percentage point; 0.5 Attainment 8 points; 0.1 Progress 8; counts exact.</summary>
    public static readonly ComparisonTolerances Default = new(1m, 0.5m, 0m, new Dictionary<string, decimal>(StringComparer.Ordinal) { ["ks4-progress8"] = 0.1m });

    public decimal For(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return ByMeasure.TryGetValue(measure.Key, out var own) ? own : measure.Unit switch
        {
            MeasureUnit.Percentage => Percentage,
            MeasureUnit.Score => Score,
            _ => Count,
        };
    }

    /// <summary>The measure's value against a reference figure, within this measure's tolerance.</summary>
    public Comparison? Compare(Measure measure, decimal value, decimal? reference) => ComparisonRule.Compare(value, reference, For(measure));
}
