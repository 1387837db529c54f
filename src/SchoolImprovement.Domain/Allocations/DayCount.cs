using System.Globalization;

namespace SchoolImprovement.Domain.Allocations;

/// <summary>Support days are counted in half-day steps: 0.5, 1, 1.5 ...</summary>
public static class DayCount
{
    /// <summary>The most days one figure may hold (a year's allocation, an approval or one log).</summary>
    public const decimal Most = 365m;

    public static bool IsHalfDayStep(decimal days) => decimal.Remainder(days * 2, 1) == 0;

    /// <summary>"7.5", "8", "0.5": no trailing zeros.</summary>
    public static string Format(decimal days) => days.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Adds a problem unless <paramref name="days"/> is a half-day step from 0 (or 0.5 when <paramref name="positive"/>) up to <see cref="Most"/>.</summary>
    internal static void Check(decimal days, string what, bool positive, List<string> problems)
    {
        if (positive ? days <= 0 : days < 0)
        {
            problems.Add(positive ? $"{what} must be more than 0." : $"{what} cannot be negative.");
        }
        else if (!IsHalfDayStep(days))
        {
            problems.Add($"{what} are counted in half days (0.5, 1, 1.5 ...).");
        }
        else if (days > Most)
        {
            problems.Add($"{what} can be at most {Most:0}.");
        }
    }
}
