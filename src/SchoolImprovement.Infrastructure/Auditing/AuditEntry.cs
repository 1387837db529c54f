using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Infrastructure.Auditing;

/// <summary>
/// One insert, update or delete of a trust-owned row: who, when, which entity, and each changed
/// field's old and new value (JSON). Written in the same transaction as the change itself.
/// </summary>
public sealed class AuditEntry : ITrustOwned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    /// <summary>When, in UTC. A UTC <see cref="DateTime"/> rather than a DateTimeOffset so that SQLite can filter and order by it.</summary>
    public DateTime At { get; private set; }
    public Guid? UserId { get; private set; }
    public string Actor { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public AuditAction Action { get; private set; }
    public string Changes { get; private set; } = "{}";

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, Guid? userId, string actor, string entityType, string entityId, AuditAction action, string changes)
    {
        Id = Guid.CreateVersion7(at);
        At = at.UtcDateTime;
        UserId = userId;
        Actor = actor;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
    }
}

public enum AuditAction
{
    Inserted = 1,
    Updated = 2,
    Deleted = 3,

    /// <summary>A record was sent out as a file (a published committee pack's PDF): who took a copy of what.</summary>
    Downloaded = 4,
}
