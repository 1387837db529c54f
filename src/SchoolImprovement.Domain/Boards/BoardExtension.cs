using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// One recorded decision to extend a board ("an option to extend on a termly basis", DDAT §4, §5):
/// how many terms, why, when it was decided and by whom.
/// </summary>
public sealed class BoardExtension : ITrustOwned
{
    public const int ReasonLength = 2000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid BoardId { get; private set; }
    public int Terms { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public Guid DecidedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    private BoardExtension() { }

    internal BoardExtension(Guid boardId, int terms, string reason, DateOnly decidedOn, Guid decidedBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        BoardId = boardId;
        Terms = terms;
        Reason = reason;
        DecidedOn = decidedOn;
        DecidedBy = decidedBy;
        RecordedAt = at.UtcDateTime;
    }
}
