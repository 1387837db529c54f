using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Allocations;

/// <summary>
/// Additional days on a school's allocation, approved by the Director of Learning with a reason (Vine §4: "additional
/// SLE days for schools with the greatest need"). An approval raises the strand's allowance; it is kept on record and
/// not edited. Made through <see cref="DayAllocation.ApproveAdditionalDays"/>.
/// </summary>
public sealed class AdditionalDaysApproval : ITrustOwned
{
    public const int ReasonLength = 2000;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid AllocationId { get; private set; }
    public AllocationStrand Strand { get; private set; }
    public decimal Days { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid ApprovedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime ApprovedAt { get; private set; }

    private AdditionalDaysApproval() { }

    internal AdditionalDaysApproval(Guid allocationId, AllocationStrand strand, decimal days, string reason, Guid approvedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        AllocationId = allocationId;
        Strand = strand;
        Days = days;
        Reason = reason;
        ApprovedBy = approvedBy;
        ApprovedAt = now.UtcDateTime;
    }
}
