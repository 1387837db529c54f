using SchoolImprovement.Domain.Reminders;

namespace SchoolImprovement.Domain.Tests.Reminders;

/// <summary>
/// When reminders fall: one digest per ISO week (across the year's end), on or after the digest day; a due-soon reminder in
/// the days before a date and not after it; retries after each configured delay, then given up.
/// </summary>
public sealed class ReminderScheduleTests
{
    [Theory]
    [InlineData(2026, 11, 23, "2026-W48")]
    [InlineData(2026, 11, 29, "2026-W48")]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2025, 12, 29, "2026-W01")]
    public void The_digest_key_is_the_iso_week_so_the_days_around_new_year_share_one_digest(int year, int month, int day, string key)
    {
        Assert.Equal(key, ReminderSchedule.DigestKey(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 2026, 11, 23, true)]
    [InlineData(DayOfWeek.Thursday, 2026, 11, 25, false)]
    [InlineData(DayOfWeek.Thursday, 2026, 11, 26, true)]
    [InlineData(DayOfWeek.Thursday, 2026, 11, 29, true)]
    [InlineData(DayOfWeek.Sunday, 2026, 11, 28, false)]
    [InlineData(DayOfWeek.Sunday, 2026, 11, 29, true)]
    public void The_digest_goes_on_or_after_the_digest_day_of_its_week(DayOfWeek digestDay, int year, int month, int day, bool due)
    {
        Assert.Equal(due, ReminderSchedule.DigestDueOn(new DateOnly(year, month, day), digestDay));
    }

    [Theory]
    [InlineData(-8, false)]
    [InlineData(-7, true)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_due_soon_reminder_falls_from_the_set_days_before_until_the_day(int daysFromDue, bool reminded)
    {
        var dueOn = new DateOnly(2026, 9, 1);

        Assert.Equal(reminded, ReminderSchedule.DueSoon(dueOn, dueOn.AddDays(daysFromDue), daysBefore: 7));
    }

    [Fact]
    public void No_due_soon_reminders_when_the_days_before_are_zero()
    {
        Assert.False(ReminderSchedule.DueSoon(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), daysBefore: 0));
    }

    [Fact]
    public void A_failed_send_is_retried_after_each_delay_and_then_given_up()
    {
        var now = new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);
        TimeSpan[] delays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

        Assert.Equal(now.AddMinutes(1), ReminderSchedule.RetryAfter(1, now, delays));
        Assert.Equal(now.AddMinutes(5), ReminderSchedule.RetryAfter(2, now, delays));
        Assert.Null(ReminderSchedule.RetryAfter(3, now, delays));
    }

    [Fact]
    public void A_reminder_is_planned_waiting_to_be_sent_now()
    {
        var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

        var reminder = ReminderDelivery.Plan(Guid.NewGuid(), ReminderKind.WeeklyDigest, "2026-W48", "head@example.org", new string('s', 300), "Body", now);

        Assert.Equal((ReminderStatus.Pending, 0, now.UtcDateTime), (reminder.Status, reminder.Attempts, reminder.NextAttemptAt));
        Assert.Equal(ReminderDelivery.SubjectLength, reminder.Subject.Length);
        Assert.Throws<ArgumentException>(() => ReminderDelivery.Plan(Guid.NewGuid(), ReminderKind.DueSoon, "", "head@example.org", "s", "b", now));
    }
}
