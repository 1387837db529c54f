namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// Section <c>Reminders</c>: when the weekly digest and the due-date reminders go, and how the background sweep runs
/// (docs/operations.md, "Reminders").
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether this instance runs the sweep (every instance may: the database lease lets one at a time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between sweeps.</summary>
    public int SweepSeconds { get; set; } = 300;

    /// <summary>The reminder for an item goes this many days before its due date (and on any day after, until the day itself, if a sweep missed it).</summary>
    public int DaysBeforeDue { get; set; } = 7;

    /// <summary>The digest goes on the first sweep on or after this day of each ISO week, from <see cref="DigestFromHour"/> UK time.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    public int DigestFromHour { get; set; } = 6;

    /// <summary>The digest lists what is overdue and what falls due within this many days.</summary>
    public int DigestHorizonDays { get; set; } = 14;

    /// <summary>Minutes to wait before each retry of a failed send; after the last, the reminder is given up.</summary>
    public int[] RetryMinutes { get; set; } = [1, 5, 30, 120];

    /// <summary>How long an instance's claim on the sweep (and on a reminder it is sending) holds before another may take it.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Reminders sent per trust per sweep, at most.</summary>
    public int BatchSize { get; set; } = 200;

    public IReadOnlyList<TimeSpan> RetryDelays => [.. RetryMinutes.Select(m => TimeSpan.FromMinutes(m))];
}
