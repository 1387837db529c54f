namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// DDAT policy §6, Spotlight Project: "Schools who demonstrate a drop in attainment and whose outcomes
/// are consistently below national". A school is a candidate in a measure when its latest result
/// dropped since the previous comparable result AND both results are worse than national.
/// <list type="bullet">
/// <item>The results are the school's in that measure for all pupils (the caller selects them).</item>
/// <item>The previous comparable result is the same term of the previous academic year: the previous
/// year's whole-year result for an annual measure (term 0), the same term a year earlier for a termly one.
/// None (a single year) means not a candidate.</item>
/// <item>A drop is a worse value: lower for a measure where higher is better, higher where lower is better
/// (persistent absence, suspensions). An unchanged value is no drop.</item>
/// <item>Worse than national is strictly below it (higher is better) or strictly above it (lower is
/// better). A year with no national figure cannot be said to be below national: not a candidate.</item>
/// </list>
/// </summary>
public static class SpotlightRule
{
    /// <summary>
    /// <see cref="Assess(bool, IEnumerable{SpotlightResult})"/> in the measure's direction, over the results that
    /// fit its kind: whole-year results (term 0) for an annual measure, term results (1-3) for a termly one.
    /// </summary>
    public static SpotlightCandidate? Assess(Measure measure, IEnumerable<SpotlightResult> results)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(results);
        return Assess(measure.HigherIsBetter, results.Where(r => measure.Termly ? r.TermNumber is >= 1 and <= 3 : r.TermNumber == 0));
    }

    /// <summary>The candidate's two results, or null when the school is not a candidate in this measure.</summary>
    /// <param name="higherIsBetter">The measure's direction (<c>Measure.HigherIsBetter</c>).</param>
    /// <param name="results">The school's results in the measure for all pupils, in any order.</param>
    public static SpotlightCandidate? Assess(bool higherIsBetter, IEnumerable<SpotlightResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var byPeriod = new Dictionary<(int Year, int Term), SpotlightResult>();
        foreach (var result in results)
        {
            byPeriod[(result.Year, result.TermNumber)] = result;
        }

        if (byPeriod.Count == 0)
        {
            return null;
        }

        var latest = byPeriod.Values.MaxBy(r => (r.Year, r.TermNumber));
        if (!byPeriod.TryGetValue((latest.Year - 1, latest.TermNumber), out var previous))
        {
            return null;
        }

        var dropped = Worse(latest.Value, previous.Value, higherIsBetter);
        var belowNationalTwice = WorseThanNational(latest, higherIsBetter) && WorseThanNational(previous, higherIsBetter);
        return dropped && belowNationalTwice ? new SpotlightCandidate(previous, latest) : null;
    }

    private static bool WorseThanNational(SpotlightResult result, bool higherIsBetter) =>
        result.National is { } national && Worse(result.Value, national, higherIsBetter);

    private static bool Worse(decimal value, decimal than, bool higherIsBetter) => higherIsBetter ? value < than : value > than;
}
