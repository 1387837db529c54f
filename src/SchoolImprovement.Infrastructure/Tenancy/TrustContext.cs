namespace SchoolImprovement.Infrastructure.Tenancy;

/// <summary>
/// Who is acting and for which trust, for one scope (a request or a unit of background work).
/// Set once, at the start of the scope: from the signed-in user's claims by the web host, or
/// explicitly by background work through <see cref="Enter"/>. No trust means the scope sees no
/// trust-owned rows and cannot save any (fail closed).
/// </summary>
public sealed class TrustContext
{
    public const string SystemActor = "system";

    public Guid? TrustId { get; private set; }
    public Guid? UserId { get; private set; }
    public string ActorName { get; private set; } = SystemActor;

    /// <summary>
    /// True only in the scope <see cref="CrossTrustAccess"/> creates: no trust, and on PostgreSQL the
    /// connection may read (never write) the tables the cross-trust policy names (ADR 0016).
    /// </summary>
    public bool CrossTrustRead { get; private set; }

    private bool _entered;

    /// <summary>True once the scope's trust has been set (a re-executed request keeps it).</summary>
    public bool IsEntered => _entered;

    public void Enter(Guid? trustId, Guid? userId, string actorName)
    {
        if (_entered)
        {
            throw new InvalidOperationException("The trust of a scope is set once, at its start.");
        }

        _entered = true;
        TrustId = trustId;
        UserId = userId;
        ActorName = string.IsNullOrWhiteSpace(actorName) ? SystemActor : actorName;
    }

    /// <summary>Enters the cross-trust read of platform administration: reached only through <see cref="CrossTrustAccess"/>.</summary>
    internal void EnterCrossTrustRead(string actorName)
    {
        Enter(null, null, actorName);
        CrossTrustRead = true;
    }
}
