using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

public enum CommitteeMeetingStatus
{
    Scheduled = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>
/// A meeting of the trust board's Education and Standards Committee (DDAT §2: "School performance information is shared
/// with the Education and Standards Committee of the Trust board three times per year"). The governance professional
/// schedules it, builds its pack from live data as a draft and publishes it (<see cref="CommitteePack"/>); at the meeting
/// the clerk records the committee's decisions (<see cref="CommitteeDecision"/>).
/// </summary>
public sealed class CommitteeMeeting : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public DateOnly MeetingOn { get; private set; }
    public CommitteeMeetingStatus Status { get; private set; }
    public Guid ScheduledBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime ScheduledAt { get; private set; }

    private CommitteeMeeting() { }
}
