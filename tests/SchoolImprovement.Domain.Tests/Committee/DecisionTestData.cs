using System.Reflection;
using SchoolImprovement.Domain.Committee;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>Committee meetings and published packs for the decision tests.</summary>
internal static class DecisionTestData
{
    public static CommitteeMeeting Meeting(DateOnly on, CommitteeMeetingStatus status = CommitteeMeetingStatus.Scheduled) =>
        Make<CommitteeMeeting>(
            (nameof(CommitteeMeeting.Id), Guid.CreateVersion7()),
            (nameof(CommitteeMeeting.MeetingOn), on),
            (nameof(CommitteeMeeting.Status), status));

    /// <summary>Version <paramref name="number"/> of the meeting's pack, published with these items in one section.</summary>
    public static CommitteePack Pack(CommitteeMeeting meeting, int number, params PackItem[] items)
    {
        var content = new PackContent("Test Trust", meeting.MeetingOn, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), null,
            [new PackSection(PackSectionKind.Recommendations, PackSectionKind.Recommendations.Title(), "Items.", [], items, [], [])]);
        var json = PackSnapshot.Serialize(content);
        return Make<CommitteePack>(
            (nameof(CommitteePack.Id), Guid.CreateVersion7()),
            (nameof(CommitteePack.MeetingId), meeting.Id),
            (nameof(CommitteePack.Number), number),
            (nameof(CommitteePack.ContentJson), json),
            (nameof(CommitteePack.ContentHash), PackSnapshot.Hash(json)));
    }

    private static T Make<T>(params (string Name, object Value)[] values)
        where T : class
    {
        var made = (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;
        foreach (var (name, value) in values)
        {
            typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(made, value);
        }

        return made;
    }
}
