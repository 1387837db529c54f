namespace SchoolImprovement.Domain.Calendar;

/// <summary>
/// One of the six half terms of an academic year (DDAT §6: Spotlight "focused visits are undertaken
/// every half term"). Each term splits at the usual half-term holiday: Autumn at 1 November, Spring at
/// 15 February, Summer at 1 June. Local holiday dates vary by a week or so; the portal uses these fixed
/// boundaries so that every trust counts half terms the same way.
/// </summary>
public readonly record struct HalfTerm(AcademicTerm Term, int Half) : IComparable<HalfTerm>
{
    public DateOnly FirstDay => Half == 1 ? Term.FirstDay : SecondHalfStart(Term);

    public DateOnly LastDay => Half == 1 ? SecondHalfStart(Term).AddDays(-1) : Term.LastDay;

    /// <summary>1 to 6 within the academic year (Autumn 1 is 1, Summer 2 is 6).</summary>
    public int NumberInYear => (((int)Term.Term - 1) * 2) + Half;

    public static HalfTerm Containing(DateOnly date)
    {
        var term = AcademicTerm.Containing(date);
        return new HalfTerm(term, date < SecondHalfStart(term) ? 1 : 2);
    }

    /// <summary>The half term <paramref name="halves"/> after this one (before it when negative).</summary>
    public HalfTerm Plus(int halves)
    {
        var ordinal = (Half - 1) + halves;
        var terms = (int)Math.Floor(ordinal / 2.0);
        return new HalfTerm(Term.Plus(terms), ordinal - (terms * 2) + 1);
    }

    public HalfTerm Next() => Plus(1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public int CompareTo(HalfTerm other)
    {
        var byTerm = Term.CompareTo(other.Term);
        return byTerm != 0 ? byTerm : Half.CompareTo(other.Half);
    }

    /// <summary>"Autumn 2 2026/27".</summary>
    public override string ToString() => $"{Term.Term} {Half} {Term.Year}";

    private static DateOnly SecondHalfStart(AcademicTerm term) => term.Term switch
    {
        Calendar.Term.Autumn => new DateOnly(term.Year.StartYear, 11, 1),
        Calendar.Term.Spring => new DateOnly(term.Year.StartYear + 1, 2, 15),
        _ => new DateOnly(term.Year.StartYear + 1, 6, 1),
    };
}
