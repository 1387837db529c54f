using System.Globalization;

namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// One headline measure: what it is, its unit and the range a value must fall in, whether it is
/// collected each term (else once for the academic year) and which way is better.
/// </summary>
public sealed record Measure(string Key, string Name, MeasureStage Stage, MeasureUnit Unit, decimal Minimum, decimal Maximum, bool Termly, bool HigherIsBetter)
{
    /// <summary>Values are held to two decimal places (Progress 8 is published to two).</summary>
    public const int Decimals = 2;

    /// <summary>Whether the measure is collected from a school of this phase (GIAS phase names).</summary>
    public bool AppliesTo(string schoolPhase)
    {
        var phase = SchoolPhases.Of(schoolPhase);
        return Stage switch
        {
            MeasureStage.EarlyYears or MeasureStage.Phonics or MeasureStage.KeyStage2 => phase is SchoolPhase.Primary or SchoolPhase.AllThrough or SchoolPhase.Middle,
            MeasureStage.KeyStage4 => phase is SchoolPhase.Secondary or SchoolPhase.AllThrough,
            _ => true,
        };
    }

    /// <summary>Why a value cannot be held for this measure; empty when it can.</summary>
    public IReadOnlyList<string> Problems(decimal value)
    {
        var problems = new List<string>();
        if (value < Minimum || value > Maximum)
        {
            problems.Add(Unit switch
            {
                MeasureUnit.Percentage => $"{Name}: {Show(value)} is not a percentage between {Show(Minimum)} and {Show(Maximum)}.",
                MeasureUnit.Count => $"{Name}: {Show(value)} cannot be negative.",
                _ => $"{Name}: {Show(value)} is outside the range {Show(Minimum)} to {Show(Maximum)}.",
            });
        }

        if (Unit == MeasureUnit.Count && decimal.Truncate(value) != value)
        {
            problems.Add($"{Name}: {Show(value)} is not a whole number.");
        }
        else if (decimal.Round(value, Decimals) != value)
        {
            problems.Add($"{Name}: {Show(value)} has more than {Decimals} decimal places.");
        }

        return problems;
    }

    /// <summary>A value as the pages show it: "61%", "45.9", "3".</summary>
    public string Format(decimal value) => Unit == MeasureUnit.Percentage ? $"{Show(value)}%" : Show(value);

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The phases measures are chosen by, read from a school's GIAS phase.</summary>
public enum SchoolPhase
{
    Other,
    Primary,
    Middle,
    Secondary,
    AllThrough,
}

public static class SchoolPhases
{
    /// <summary>"Primary", "Middle deemed primary", "Secondary", "Middle deemed secondary", "All-through", "16 plus", "Nursery", ...</summary>
    public static SchoolPhase Of(string? phase)
    {
        var p = (phase ?? "").Trim();
        bool Has(string word) => p.Contains(word, StringComparison.OrdinalIgnoreCase);
        if (Has("all-through") || Has("all through"))
        {
            return SchoolPhase.AllThrough;
        }

        if (Has("middle"))
        {
            return SchoolPhase.Middle;
        }

        if (Has("primary") || Has("infant") || Has("junior") || Has("first"))
        {
            return SchoolPhase.Primary;
        }

        return Has("secondary") ? SchoolPhase.Secondary : SchoolPhase.Other;
    }

    /// <summary>Whether national figures published for <paramref name="comparatorPhase"/> (null = all phases) are the ones for a school of <paramref name="schoolPhase"/>.</summary>
    public static string? ComparatorPhaseFor(string? schoolPhase) => Of(schoolPhase) switch
    {
        SchoolPhase.Primary or SchoolPhase.Middle => NationalComparator.PrimaryPhase,
        SchoolPhase.Secondary => NationalComparator.SecondaryPhase,
        _ => null,
    };
}
