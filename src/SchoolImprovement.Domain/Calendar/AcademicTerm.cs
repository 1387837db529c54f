namespace SchoolImprovement.Domain.Calendar;

/// <summary>
/// One of the three terms of an academic year: Autumn (1 September to 31 December), Spring
/// (1 January to 31 March) and Summer (1 April to 31 August). Boards are established "for two
/// terms in the first instance, with an option to extend on a termly basis" (DDAT §4, §5), so
/// periods are counted in these terms, across academic years.
/// </summary>
public readonly record struct AcademicTerm(AcademicYear Year, Term Term) : IComparable<AcademicTerm>
{
    public DateOnly FirstDay => Term switch
    {
        Term.Autumn => new DateOnly(Year.StartYear, 9, 1),
        Term.Spring => new DateOnly(Year.StartYear + 1, 1, 1),
        Term.Summer => new DateOnly(Year.StartYear + 1, 4, 1),
        _ => throw new InvalidOperationException($"Unknown term {Term}."),
    };

    public DateOnly LastDay => Next().FirstDay.AddDays(-1);

    /// <summary>Terms counted from the first term of 2000/01, so that term arithmetic is one addition.</summary>
    private int Ordinal => ((Year.StartYear - 2000) * 3) + ((int)Term - 1);

    public static AcademicTerm Containing(DateOnly date) => new(AcademicYear.Containing(date), AcademicYear.TermOf(date));

    /// <summary>The term <paramref name="terms"/> terms after this one (before it when negative).</summary>
    public AcademicTerm Plus(int terms)
    {
        var ordinal = Ordinal + terms;
        var year = (int)Math.Floor(ordinal / 3.0);
        return new AcademicTerm(new AcademicYear(2000 + year), (Term)(ordinal - (year * 3) + 1));
    }

    public AcademicTerm Next() => Plus(1);

    /// <summary>How many terms from this one to <paramref name="other"/> (negative when it is earlier).</summary>
    public int TermsUntil(AcademicTerm other) => other.Ordinal - Ordinal;

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public int CompareTo(AcademicTerm other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) < 0;

    public static bool operator >(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) > 0;

    public static bool operator <=(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AcademicTerm left, AcademicTerm right) => left.CompareTo(right) >= 0;

    /// <summary>"Spring 2026/27".</summary>
    public override string ToString() => $"{Term} {Year}";
}
