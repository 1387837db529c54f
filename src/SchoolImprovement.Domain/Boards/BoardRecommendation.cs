using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

public enum RecommendationStatus
{
    Pending = 1,
    Accepted = 2,
    Rejected = 3,
}

/// <summary>
/// A board's recommendation to the Education and Standards Committee, made at a quorate meeting (Appendix 1 §2.1: "The RAB
/// will submit recommendations to the Education and Standards Committee, which retains final decision-making authority").
/// Pending until the committee accepts or rejects it, once. The board is advisory: accepting a recommendation records
/// the committee's decision and changes nothing else (the school's category and designation are decided elsewhere).
/// </summary>
public sealed class BoardRecommendation : ITrustOwned, IVersioned
{
    public const int TextLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Text { get; private set; } = "";
    public RecommendationStatus Status { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    public DateOnly? CommitteeDecidedOn { get; private set; }
    public string? CommitteeNotes { get; private set; }

    /// <summary>Who recorded the committee's decision (the governance professional, who clerks it).</summary>
    public Guid? CommitteeRecordedBy { get; private set; }

    private BoardRecommendation() { }

    /// <summary>A recommendation made at <paramref name="meeting"/>: refused, with the reason, unless the meeting was held and quorate.</summary>
    public static BoardRecommendation Make(BoardMeeting meeting, string? text, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        meeting.EnsureMayDecide("a recommendation to the Education and Standards Committee");
        var trimmed = BoardMeeting.Trimmed(text, TextLength, "The recommendation")
            ?? throw new DomainException("Write the recommendation to the Education and Standards Committee.");
        return new BoardRecommendation
        {
            Id = Guid.CreateVersion7(now),
            BoardId = meeting.BoardId,
            MeetingId = meeting.Id,
            SchoolId = meeting.SchoolId,
            Text = trimmed,
            Status = RecommendationStatus.Pending,
            RecordedBy = by,
            RecordedAt = now.UtcDateTime,
        };
    }

    /// <summary>
    /// The committee's decision, once: accepted or rejected (notes required to reject), on a date not before the meeting
    /// that made the recommendation and not in the future.
    /// </summary>
    public void RecordCommitteeDecision(bool accepted, DateOnly decidedOn, DateOnly meetingOn, DateOnly today, string? notes, Guid by)
    {
        if (Status != RecommendationStatus.Pending)
        {
            throw new DomainException($"The committee has already decided this recommendation ({(Status == RecommendationStatus.Accepted ? "accepted" : "rejected")} on {BoardMeeting.Show(CommitteeDecidedOn!.Value)}).");
        }

        if (decidedOn < meetingOn)
        {
            throw new DomainException($"The committee cannot decide before the meeting that made the recommendation ({BoardMeeting.Show(meetingOn)}).");
        }

        if (decidedOn > today)
        {
            throw new DomainException("The committee's decision cannot be dated in the future.");
        }

        var trimmed = BoardMeeting.Trimmed(notes, TextLength, "The committee's notes");
        if (!accepted && trimmed is null)
        {
            throw new DomainException("Say why the committee rejected the recommendation: the board reads it.");
        }

        Status = accepted ? RecommendationStatus.Accepted : RecommendationStatus.Rejected;
        CommitteeDecidedOn = decidedOn;
        CommitteeNotes = trimmed;
        CommitteeRecordedBy = by;
    }
}
