using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Allocations;

/// <summary>
/// A Specialist Leader of Education assigned to a school for the year: who, in which subject, and for how many days
/// (Vine §4). The SLE logs their days against it; their logs may not pass its days. Made through
/// <see cref="DayAllocation.AssignSle"/>.
/// </summary>
public sealed class SleAssignment : ITrustOwned
{
    public const int SubjectLength = 200;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid AllocationId { get; private set; }
    public Guid SleUserId { get; private set; }
    public string Subject { get; private set; } = "";
    public decimal Days { get; private set; }

    private SleAssignment() { }

    internal SleAssignment(Guid allocationId, Guid sleUserId, string subject, decimal days)
    {
        Id = Guid.CreateVersion7();
        AllocationId = allocationId;
        SleUserId = sleUserId;
        Subject = subject;
        Days = days;
    }

    internal void Change(string subject, decimal days)
    {
        Subject = subject;
        Days = days;
    }
}
