using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// When a return is due and where it stands. Terms start on 1 September (Autumn), 1 January (Spring)
/// and 1 April (Summer) of the academic year (<see cref="AcademicYear.StartOfTerm"/>); a return is due
/// the requirement's number of days after its term starts, and overdue from the day after.
/// </summary>
public static class ReturnSchedule
{
    public static DateOnly TermStart(AcademicYear year, Term term) => term switch
    {
        Term.Autumn => new DateOnly(year.StartYear, 9, 1),
        Term.Spring => new DateOnly(year.StartYear + 1, 1, 1),
        Term.Summer => new DateOnly(year.StartYear + 1, 4, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Unknown term."),
    };

    public static DateOnly DueOn(ReturnRequirement r, AcademicYear year, Term term)
    {
        ArgumentNullException.ThrowIfNull(r);
        return TermStart(year, term).AddDays(r.DueDaysAfterTermStart);
    }

    /// <summary>
    /// NotDue when the document is not required that term (<paramref name="r"/> null or without the term)
    /// or the term has not started and nothing is uploaded; Due from the term's start to the due date with
    /// nothing uploaded; Overdue after it; once a version is uploaded, from the latest version's review
    /// (Submitted while it awaits one).
    /// </summary>
    public static ReturnState StateOf(ReturnRequirement? r, AcademicYear year, Term term, DateOnly today, bool hasVersion, ReviewOutcome? latestReview)
    {
        if (r is null || !r.IsRequiredIn(term))
        {
            return ReturnState.NotDue;
        }

        if (hasVersion)
        {
            return latestReview switch
            {
                ReviewOutcome.Reviewed => ReturnState.Reviewed,
                ReviewOutcome.ChangesRequested => ReturnState.ChangesRequested,
                _ => ReturnState.Submitted,
            };
        }

        if (today < TermStart(year, term))
        {
            return ReturnState.NotDue;
        }

        return today <= DueOn(r, year, term) ? ReturnState.Due : ReturnState.Overdue;
    }
}
