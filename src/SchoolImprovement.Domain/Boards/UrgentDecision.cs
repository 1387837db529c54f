using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

public enum UrgentDecisionStatus
{
    AwaitingRatification = 1,
    Ratified = 2,
    NotRatified = 3,
}

/// <summary>
/// A decision the board's chair makes between meetings on behalf of the Education and Standards Committee (Appendix 1
/// §2.1: "In instances requiring immediate attention between scheduled meetings, the Chair of the Board is authorised to
/// make decisions ... presented for ratification at the next scheduled committee meeting"). Only the chair makes one;
/// it is flagged (awaiting ratification) until the committee ratifies it or not, once.
/// </summary>
public sealed class UrgentDecision : ITrustOwned, IVersioned
{
    public const int TextLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }

    /// <summary>The chair, as a person of the trust.</summary>
    public Guid DecidedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RecordedAt { get; private set; }

    public UrgentDecisionStatus Status { get; private set; }
    public DateOnly? RatifiedOn { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>Who recorded the committee's ratification (the governance professional).</summary>
    public Guid? RatificationRecordedBy { get; private set; }

    private UrgentDecision() { }

    public bool AwaitsRatification => Status == UrgentDecisionStatus.AwaitingRatification;

    /// <summary>
    /// The chair's decision, recorded by the chair (<paramref name="by"/> must be the chair's account), for an active board,
    /// dated within the board's period and not in the future.
    /// </summary>
    public static UrgentDecision Take(Board board, string? text, DateOnly decidedOn, DateOnly today, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.Status != BoardStatus.Active)
        {
            throw new DomainException("The board has ended: its chair no longer decides on its behalf.");
        }

        if (board.Chair?.UserId is not { } chairUser || chairUser != by)
        {
            throw new DomainException("Only the board's chair can make an urgent decision between meetings (Appendix 1 §2.1).");
        }

        if (decidedOn > today)
        {
            throw new DomainException("An urgent decision cannot be dated in the future.");
        }

        if (decidedOn < board.StartTerm.FirstDay || decidedOn > board.EndsOn)
        {
            throw new DomainException($"An urgent decision must fall within the board's period, {BoardMeeting.Show(board.StartTerm.FirstDay)} to {BoardMeeting.Show(board.EndsOn)}.");
        }

        var trimmed = BoardMeeting.Trimmed(text, TextLength, "The decision")
            ?? throw new DomainException("Write the decision the chair made.");
        return new UrgentDecision
        {
            Id = Guid.CreateVersion7(now),
            BoardId = board.Id,
            SchoolId = board.SchoolId,
            Text = trimmed,
            DecidedOn = decidedOn,
            DecidedBy = by,
            RecordedAt = now.UtcDateTime,
            Status = UrgentDecisionStatus.AwaitingRatification,
        };
    }

    /// <summary>The committee's ratification at its next meeting, once: ratified, or not (notes required), not before the decision nor in the future.</summary>
    public void RecordRatification(bool ratified, DateOnly on, DateOnly today, string? notes, Guid by)
    {
        if (!AwaitsRatification)
        {
            throw new DomainException($"The committee has already {(Status == UrgentDecisionStatus.Ratified ? "ratified" : "declined to ratify")} this decision on {BoardMeeting.Show(RatifiedOn!.Value)}.");
        }

        if (on < DecidedOn)
        {
            throw new DomainException($"The committee cannot ratify the decision before it was made ({BoardMeeting.Show(DecidedOn)}).");
        }

        if (on > today)
        {
            throw new DomainException("The committee's meeting cannot be dated in the future.");
        }

        var trimmed = BoardMeeting.Trimmed(notes, TextLength, "The committee's notes");
        if (!ratified && trimmed is null)
        {
            throw new DomainException("Say why the committee did not ratify the decision.");
        }

        Status = ratified ? UrgentDecisionStatus.Ratified : UrgentDecisionStatus.NotRatified;
        RatifiedOn = on;
        Notes = trimmed;
        RatificationRecordedBy = by;
    }
}
