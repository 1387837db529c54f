using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>Committee meetings and published packs for the decision tests, through their own factories.</summary>
internal static class DecisionTestData
{
    private static readonly Guid Builder = Guid.NewGuid();

    /// <summary>A meeting on <paramref name="on"/>, scheduled a term before; cancelled when asked.</summary>
    public static CommitteeMeeting Meeting(DateOnly on, bool cancelled = false)
    {
        var scheduledOn = on.AddDays(-60);
        var meeting = CommitteeMeeting.Schedule(on, false, Builder, scheduledOn, new DateTimeOffset(scheduledOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        if (cancelled)
        {
            meeting.Cancel(scheduledOn);
        }

        return meeting;
    }

    /// <summary>Version <paramref name="number"/> of the meeting's pack (1 published, later ones corrections) with these items in one section.</summary>
    public static CommitteePack Pack(CommitteeMeeting meeting, int number, params PackItem[] items)
    {
        var content = new PackContent("Test Trust", meeting.MeetingOn, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), null,
            [new PackSection(PackSectionKind.Recommendations, PackSectionKind.Recommendations.Title(), "Items.", [], items, [], [])]);
        var now = new DateTimeOffset(2026, 11, 1, 9, number, 0, TimeSpan.Zero);
        return number == 1
            ? CommitteePack.Publish(meeting, content, null, Builder, now)
            : CommitteePack.Correct(meeting, content, number - 1, "A corrected item.", Builder, now);
    }
}
