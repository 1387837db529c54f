using System.Globalization;

namespace SchoolImprovement.Domain.Reminders;

/// <summary>
/// When reminders fall: the digest once per ISO week, on or after the trust's digest day; a due-soon reminder from a set
/// number of days before a due date until the day itself; failed sends retried after growing delays, then given up.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>The digest's key: the ISO 8601 week the day falls in ("2026-W53" for 1 January 2027).</summary>
    public static string DigestKey(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>Whether this week's digest may go: the ISO week starts on Monday, so "on or after <paramref name="digestDay"/>" within it.</summary>
    public static bool DigestDueOn(DateOnly day, DayOfWeek digestDay) => IsoDayNumber(day.DayOfWeek) >= IsoDayNumber(digestDay);

    /// <summary>Whether an item due on <paramref name="dueOn"/> gets its reminder on <paramref name="today"/>: from <paramref name="daysBefore"/> days before until the day.</summary>
    public static bool DueSoon(DateOnly dueOn, DateOnly today, int daysBefore) =>
        daysBefore > 0 && today <= dueOn && today >= dueOn.AddDays(-daysBefore);

    /// <summary>
    /// When to try again after failed attempt number <paramref name="attempts"/> (1 = the first); null when the attempts are spent and the
    /// reminder is given up.
    /// </summary>
    public static DateTime? RetryAfter(int attempts, DateTime now, IReadOnlyList<TimeSpan> delays)
    {
        ArgumentNullException.ThrowIfNull(delays);
        return attempts >= 1 && attempts <= delays.Count ? now + delays[attempts - 1] : null;
    }

    private static int IsoDayNumber(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
