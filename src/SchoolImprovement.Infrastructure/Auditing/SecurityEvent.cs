namespace SchoolImprovement.Infrastructure.Auditing;

/// <summary>
/// One security event (a sign-in step, a lockout, a 429, a credential or session change): who it was
/// about (a user id, never a typed email), who acted, what, the outcome, the client address and the
/// request's correlation id (ASVS 5.0 V16.2, V16.3). Not trust-owned: most are written before anyone
/// is signed in, and unknown accounts and platform administrators have no trust. Every read filters
/// by <see cref="TrustId"/> explicitly (docs/security.md). Written by one INSERT outside the
/// command's transaction, so a refused command keeps its event.
/// </summary>
public sealed class SecurityEvent
{
    public const int KindLength = 64;
    public const int OutcomeLength = 16;
    public const int ClientAddressLength = 64;
    public const int CorrelationIdLength = 64;
    public const int DetailLength = 256;

    public Guid Id { get; private set; }
    /// <summary>When, in UTC. A UTC <see cref="DateTime"/> (as <see cref="AuditEntry.At"/>) so that SQLite can filter and order by it.</summary>
    public DateTime At { get; private set; }
    /// <summary>The subject's trust, looked up when the event is written; null for an unknown account or a platform administrator.</summary>
    public Guid? TrustId { get; private set; }
    /// <summary>The person it happened to; null when nobody matched.</summary>
    public Guid? UserId { get; private set; }
    /// <summary>The signed-in person who caused it, when it was not the subject signing in.</summary>
    public Guid? ActorId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public string ClientAddress { get; private set; } = "";
    public string CorrelationId { get; private set; } = "";
    /// <summary>A fixed phrase from code, never user input.</summary>
    public string Detail { get; private set; } = "";

    private SecurityEvent() { }

    public SecurityEvent(DateTimeOffset at, Guid? trustId, Guid? userId, Guid? actorId, string kind, string outcome, string clientAddress, string correlationId, string detail)
    {
        Id = Guid.CreateVersion7(at);
        At = at.UtcDateTime;
        TrustId = trustId;
        UserId = userId;
        ActorId = actorId;
        Kind = kind;
        Outcome = outcome;
        ClientAddress = clientAddress;
        CorrelationId = correlationId;
        Detail = detail;
    }
}
