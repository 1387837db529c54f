namespace SchoolImprovement.Domain.Calendar;

/// <summary>
/// The English academic year, 1 September to 31 August, named by its first calendar year
/// ("2026/27" starts on 1 September 2026). Termly and half-termly cycles are counted in it.
/// </summary>
public readonly record struct AcademicYear(int StartYear) : IComparable<AcademicYear>
{
    public DateOnly FirstDay => new(StartYear, 9, 1);
    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    public static AcademicYear Containing(DateOnly date) =>
        new(date.Month >= 9 ? date.Year : date.Year - 1);

    /// <summary>The term a date falls in: Autumn (Sep-Dec), Spring (Jan-Mar), Summer (Apr-Aug).</summary>
    public static Term TermOf(DateOnly date) => date.Month switch
    {
        >= 9 => Term.Autumn,
        <= 3 => Term.Spring,
        _ => Term.Summer,
    };

    /// <summary>The first day of the term a date falls in: 1 September, 1 January or 1 April.</summary>
    public static DateOnly StartOfTerm(DateOnly date) => TermOf(date) switch
    {
        Term.Autumn => new DateOnly(date.Year, 9, 1),
        Term.Spring => new DateOnly(date.Year, 1, 1),
        _ => new DateOnly(date.Year, 4, 1),
    };

    public int CompareTo(AcademicYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";
}

public enum Term
{
    Autumn = 1,
    Spring = 2,
    Summer = 3,
}
