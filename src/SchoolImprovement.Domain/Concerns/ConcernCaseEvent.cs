using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Concerns;

/// <summary>One step in a concern case's history: when, who, what, and the reasons or notes given.</summary>
public sealed class ConcernCaseEvent : ITrustOwned
{
    /// <summary>Reasons and notes, or an external support request's purpose, provider and cost with the CEO's notes.</summary>
    public const int ReasonLength = 12000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid ConcernCaseId { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime At { get; private set; }

    public Guid By { get; private set; }
    public ConcernEventKind What { get; private set; }
    public string? Reason { get; private set; }

    private ConcernCaseEvent() { }

    internal ConcernCaseEvent(Guid concernCaseId, ConcernEventKind what, Guid by, DateTimeOffset at, string? reason)
    {
        Id = Guid.CreateVersion7(at);
        ConcernCaseId = concernCaseId;
        What = what;
        By = by;
        At = at.UtcDateTime;
        Reason = reason;
    }
}

public enum ConcernEventKind
{
    Recommended = 1,
    Designated = 2,
    Declined = 3,
    CommitteeInformed = 4,
    ExternalSupportRequested = 5,
    ExternalSupportApproved = 6,
    ExternalSupportDeclined = 7,
    ExitRecommended = 8,
    ExitAccepted = 9,
    ExitRejected = 10,
}

public static class ConcernEventKinds
{
    public static string Label(this ConcernEventKind kind) => kind switch
    {
        ConcernEventKind.Recommended => "Recommended as causing concern",
        ConcernEventKind.Designated => "Designated causing concern by the CEO",
        ConcernEventKind.Declined => "Recommendation declined by the CEO",
        ConcernEventKind.CommitteeInformed => "Education and Standards Committee informed",
        ConcernEventKind.ExternalSupportRequested => "External support requested",
        ConcernEventKind.ExternalSupportApproved => "External support approved by the CEO",
        ConcernEventKind.ExternalSupportDeclined => "External support declined by the CEO",
        ConcernEventKind.ExitRecommended => "Exit recommended to the committee",
        ConcernEventKind.ExitAccepted => "Committee accepted the exit: designation ended",
        ConcernEventKind.ExitRejected => "Committee rejected the exit: still causing concern",
        _ => kind.ToString(),
    };
}
