using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.HealthChecks;

/// <summary>
/// One area of a health check: its rating and findings, the action agreed for it (in the action tracker, with the
/// agreed due date) and the headteacher's evidence of impact. Changed only through its <see cref="HealthCheck"/>.
/// </summary>
public sealed class HealthCheckArea : ITrustOwned
{
    public const int NameLength = 100;
    public const int TextLength = 4000;
    public const int ActionTitleLength = 500;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid HealthCheckId { get; private set; }

    /// <summary>The area's place in the check (1 first).</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Early years or sixth form where the school has none.</summary>
    public bool NotApplicable { get; private set; }

    public Rag? Rag { get; private set; }
    public string? Findings { get; private set; }

    /// <summary>The action agreed for the area (ActionSource.HealthCheck, sourced to the check).</summary>
    public Guid? ActionId { get; private set; }

    public string? EvidenceOfImpact { get; private set; }
    public Guid? ImpactRecordedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime? ImpactRecordedAt { get; private set; }

    private HealthCheckArea() { }

    internal HealthCheckArea(Guid healthCheckId, int position, string name, bool notApplicable, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        HealthCheckId = healthCheckId;
        Position = position;
        Name = name;
        NotApplicable = notApplicable;
    }

    internal void Rate(Rag rag, string findings, Guid? newActionId)
    {
        Rag = rag;
        Findings = findings;
        ActionId ??= newActionId;
    }

    internal void RecordImpact(string evidence, Guid recordedBy, DateTimeOffset now)
    {
        EvidenceOfImpact = evidence;
        ImpactRecordedBy = recordedBy;
        ImpactRecordedAt = now.UtcDateTime;
    }
}
