using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>Scheduling and cancelling an Education and Standards Committee meeting.</summary>
public sealed class CommitteeMeetingTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Clerk = Guid.NewGuid();

    [Fact]
    public void A_meeting_is_scheduled_for_today_or_later_by_the_person_who_scheduled_it()
    {
        var meeting = CommitteeMeeting.Schedule(Today.AddDays(7), false, Clerk, Today, Now);

        Assert.Equal(Today.AddDays(7), meeting.MeetingOn);
        Assert.Equal(CommitteeMeetingStatus.Scheduled, meeting.Status);
        Assert.Equal(Clerk, meeting.ScheduledBy);
        Assert.Equal(Now.UtcDateTime, meeting.ScheduledAt);
        Assert.NotEqual(Guid.Empty, meeting.Id);
    }

    [Fact]
    public void A_day_that_has_passed_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => CommitteeMeeting.Schedule(Today.AddDays(-1), false, Clerk, Today, Now));
        Assert.Contains("passed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_that_already_has_a_meeting_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => CommitteeMeeting.Schedule(new DateOnly(2027, 2, 17), true, Clerk, Today, Now));
        Assert.Contains("already has a meeting on 17 February 2027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheduled_meeting_counts_as_held_once_its_day_has_passed()
    {
        var meeting = CommitteeMeeting.Schedule(Today, false, Clerk, Today, Now);

        Assert.Equal(CommitteeMeetingStatus.Scheduled, meeting.StatusOn(Today));
        Assert.Equal(CommitteeMeetingStatus.Held, meeting.StatusOn(Today.AddDays(1)));
    }

    [Fact]
    public void A_meeting_not_yet_held_can_be_cancelled_once()
    {
        var meeting = CommitteeMeeting.Schedule(Today.AddDays(3), false, Clerk, Today, Now);

        meeting.Cancel(Today);

        Assert.Equal(CommitteeMeetingStatus.Cancelled, meeting.StatusOn(Today.AddDays(30)));
        Assert.Throws<DomainException>(() => meeting.Cancel(Today));
        Assert.Throws<DomainException>(meeting.EnsureTakesPack);
    }

    [Fact]
    public void A_held_meeting_cannot_be_cancelled()
    {
        var meeting = CommitteeMeeting.Schedule(Today, false, Clerk, Today, Now);

        var e = Assert.Throws<DomainException>(() => meeting.Cancel(Today.AddDays(1)));

        Assert.Contains("has been held", e.Message, StringComparison.Ordinal);
        Assert.Equal(CommitteeMeetingStatus.Scheduled, meeting.Status);
    }
}
