namespace SchoolImprovement.Web.Features;

/// <summary>"Today" for due dates and overdue checks: the date in the UK, whatever the server's time zone.</summary>
public static class UkClock
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
    }

    /// <summary>The UK wall-clock time of an instant (GMT or BST).</summary>
    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToUk(instant).DateTime);

    /// <summary>The instant a UK day begins (midnight in London), in UTC.</summary>
    public static DateTime StartOfUkDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), London);
}
