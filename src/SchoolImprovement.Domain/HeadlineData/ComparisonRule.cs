namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// A value against a reference figure (national, or the school's target): above, broadly in line
/// (within the tolerance either side, inclusive) or below; and whether that is good news for the
/// measure's direction. Pages show <see cref="Label"/> and <see cref="Symbol"/> beside any colour,
/// so colour is never the only signal.
/// </summary>
public static class ComparisonRule
{
    /// <summary>The comparison, or null when there is no reference figure to compare with.</summary>
    /// <param name="tolerance">How far either side still counts as broadly in line (not negative).</param>
    public static Comparison? Compare(decimal value, decimal? reference, decimal tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        if (reference is not { } figure)
        {
            return null;
        }

        var difference = value - figure;
        return difference > tolerance ? Comparison.Above : difference < -tolerance ? Comparison.Below : Comparison.BroadlyInLine;
    }

    /// <summary>True when the comparison is good news (above where higher is better, below where lower is), false when bad, null when in line.</summary>
    public static bool? IsFavourable(Comparison comparison, bool higherIsBetter) => comparison switch
    {
        Comparison.Above => higherIsBetter,
        Comparison.Below => !higherIsBetter,
        _ => null,
    };

    /// <summary>The words shown with the comparison, e.g. "Below national".</summary>
    public static string Label(Comparison comparison, string against) => comparison switch
    {
        Comparison.Above => $"Above {against}",
        Comparison.Below => $"Below {against}",
        _ => $"Broadly in line with {against}",
    };

    /// <summary>A symbol shown with the label: ▲ above, ● in line, ▼ below.</summary>
    public static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.Above => "▲",
        Comparison.Below => "▼",
        _ => "●",
    };
}
