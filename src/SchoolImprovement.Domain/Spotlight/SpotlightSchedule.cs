using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Spotlight;

/// <summary>When a project's next focused visit is due, and whether it is overdue.</summary>
/// <param name="DueBy">The last day of the half term the next visit falls in.</param>
/// <param name="HalfTerm">That half term.</param>
/// <param name="Overdue">A half term has passed without the visits it needed.</param>
public sealed record SpotlightVisitDue(DateOnly DueBy, HalfTerm HalfTerm, bool Overdue);

/// <summary>
/// The half-termly rhythm of Spotlight visits (DDAT §6: "focused visits are undertaken every half term"), counted in
/// the portal's half terms (<see cref="HalfTerm"/>). A project needs <c>visitsPerHalfTerm</c> visits in each half term
/// (the profile's SpotlightVisitsPerHalfTerm; 1 by default). The next visit is due by the end of the half term of the
/// latest visit while that half term still lacks visits, else by the end of the following half term; before any
/// visit, by the end of the half term the project opened in. Overdue when that day has passed: a half term went by
/// without its visit.
/// </summary>
public static class SpotlightSchedule
{
    public const int DefaultVisitsPerHalfTerm = 1;

    /// <summary>Null for a closed project: nothing is due.</summary>
    public static SpotlightVisitDue? NextVisit(
        SpotlightStatus status, DateOnly openedOn, IReadOnlyCollection<DateOnly> visitDates, int? visitsPerHalfTerm, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(visitDates);
        if (status != SpotlightStatus.Open)
        {
            return null;
        }

        var needed = visitsPerHalfTerm is > 0 ? visitsPerHalfTerm.Value : DefaultVisitsPerHalfTerm;
        HalfTerm due;
        if (visitDates.Count == 0)
        {
            due = HalfTerm.Containing(openedOn);
        }
        else
        {
            var latest = HalfTerm.Containing(visitDates.Max());
            var inLatest = visitDates.Count(latest.Contains);
            due = inLatest < needed ? latest : latest.Next();
        }

        return new SpotlightVisitDue(due.LastDay, due, today > due.LastDay);
    }
}
