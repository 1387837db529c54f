using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// When the Education and Standards Committee meets by default, for scheduling a year's meetings at once (DDAT §2: "three
/// times per year", from the profile's CommitteeMeetingsPerYear). The teaching year, 1 September to 31 July, is cut into
/// <c>perYear</c> equal parts and each meeting falls on the Wednesday on or after the middle of its part: for three, one in
/// each term (late October, mid-February, early June).
/// </summary>
public static class CommitteeCalendar
{
    public const int MostPerYear = 12;

    public static IReadOnlyList<DateOnly> DefaultDates(AcademicYear year, int perYear)
    {
        if (perYear is < 1 or > MostPerYear)
        {
            throw new DomainException($"The committee meets between 1 and {MostPerYear} times a year.");
        }

        var first = year.FirstDay;
        var days = new DateOnly(year.StartYear + 1, 7, 31).DayNumber - first.DayNumber + 1;
        return [.. Enumerable.Range(0, perYear).Select(i => NextWednesday(first.AddDays(days * ((2 * i) + 1) / (2 * perYear))))];
    }

    private static DateOnly NextWednesday(DateOnly day) => day.AddDays(((int)DayOfWeek.Wednesday - (int)day.DayOfWeek + 7) % 7);
}
