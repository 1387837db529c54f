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
/// the clerk records the committee's decisions (<see cref="CommitteeDecision"/>). A scheduled meeting counts as held once
/// its day has passed (<see cref="StatusOn"/>); a cancelled one keeps its row and any pack published for it.
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

    /// <summary>
    /// Schedules a meeting on <paramref name="meetingOn"/>. Refused for a day that has passed, and when the trust already has
    /// a meeting (not cancelled) that day (<paramref name="dateTaken"/>: the caller looks).
    /// </summary>
    public static CommitteeMeeting Schedule(DateOnly meetingOn, bool dateTaken, Guid by, DateOnly today, DateTimeOffset now)
    {
        if (meetingOn < today)
        {
            throw new DomainException("A committee meeting cannot be scheduled for a day that has passed.");
        }

        if (dateTaken)
        {
            throw new DomainException($"The committee already has a meeting on {meetingOn:d MMMM yyyy}.");
        }

        return new CommitteeMeeting
        {
            Id = Guid.CreateVersion7(now),
            MeetingOn = meetingOn,
            Status = CommitteeMeetingStatus.Scheduled,
            ScheduledBy = by,
            ScheduledAt = now.UtcDateTime,
        };
    }

    /// <summary>Scheduled, held (its day has passed) or cancelled, as of <paramref name="today"/>.</summary>
    public CommitteeMeetingStatus StatusOn(DateOnly today) => StatusOf(Status, MeetingOn, today);

    /// <summary><see cref="StatusOn"/> for a projection that read the two columns.</summary>
    public static CommitteeMeetingStatus StatusOf(CommitteeMeetingStatus status, DateOnly meetingOn, DateOnly today) =>
        status == CommitteeMeetingStatus.Scheduled && meetingOn < today ? CommitteeMeetingStatus.Held : status;

    public bool IsCancelled => Status == CommitteeMeetingStatus.Cancelled;

    /// <summary>Cancels a meeting that has not yet been held. Refused once its day has passed, and for a cancelled one.</summary>
    public void Cancel(DateOnly today)
    {
        switch (StatusOn(today))
        {
            case CommitteeMeetingStatus.Cancelled:
                throw new DomainException("This meeting is already cancelled.");
            case CommitteeMeetingStatus.Held:
                throw new DomainException("This meeting has been held: it cannot be cancelled.");
        }

        Status = CommitteeMeetingStatus.Cancelled;
    }

    /// <summary>A pack is published (or corrected) only for a meeting that is not cancelled.</summary>
    public void EnsureTakesPack()
    {
        if (IsCancelled)
        {
            throw new DomainException("This meeting is cancelled: no pack is published for it.");
        }
    }
}
