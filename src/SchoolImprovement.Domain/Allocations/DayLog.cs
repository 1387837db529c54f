using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;

namespace SchoolImprovement.Domain.Allocations;

/// <summary>
/// Days an officer or SLE spent with a school, logged against the school's allocation in half-day steps: the date,
/// the activity, and whether it was in person or online (Vine §4). A published visit logs its time here itself
/// (<see cref="VisitId"/>), so it is never entered twice. Made through <see cref="DayAllocation.Log"/>.
/// </summary>
public sealed class DayLog : ITrustOwned
{
    public const int ActivityLength = 1000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid AllocationId { get; private set; }
    public Guid SchoolId { get; private set; }
    public Guid PersonUserId { get; private set; }
    public AllocationStrand Strand { get; private set; }

    /// <summary>The SLE assignment the days count against (SLE days only).</summary>
    public Guid? SleAssignmentId { get; private set; }

    public DateOnly On { get; private set; }
    public decimal Days { get; private set; }
    public string Activity { get; private set; } = "";
    public VisitMode Mode { get; private set; }

    /// <summary>The improvement visit that logged these days when it was published.</summary>
    public Guid? VisitId { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime LoggedAt { get; private set; }

    private DayLog() { }

    internal DayLog(
        Guid allocationId, Guid schoolId, Guid personUserId, AllocationStrand strand, Guid? sleAssignmentId, DateOnly on, decimal days,
        string activity, VisitMode mode, Guid? visitId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AllocationId = allocationId;
        SchoolId = schoolId;
        PersonUserId = personUserId;
        Strand = strand;
        SleAssignmentId = sleAssignmentId;
        On = on;
        Days = days;
        Activity = activity;
        Mode = mode;
        VisitId = visitId;
        LoggedAt = now.UtcDateTime;
    }
}
