using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// The committee's outcome on one item of a published pack (<see cref="PackItem"/>), recorded by the clerk at or after the
/// meeting. Recording it flows back, in the same save, to the record the item came from: the board's recommendation, the
/// chair's urgent decision, the designation or the recommended exit. A deferred item stays open and comes back in the
/// next meeting's pack with the reason. One outcome per item per meeting.
/// </summary>
public sealed class CommitteeDecision : ITrustOwned
{
    public const int ReasonLength = 4000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid MeetingId { get; private set; }

    /// <summary>The published pack version the item was put in.</summary>
    public Guid PackId { get; private set; }

    public CommitteeItemKind ItemKind { get; private set; }

    /// <summary>The id of the record the item flows back to (<see cref="ItemKind"/> says which table).</summary>
    public Guid ItemId { get; private set; }

    public Guid SchoolId { get; private set; }
    public CommitteeOutcome Outcome { get; private set; }
    public string? Reason { get; private set; }
    public Guid RecordedBy { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; private set; }

    private CommitteeDecision() { }
}
