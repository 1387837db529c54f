namespace SchoolImprovement.Infrastructure.Scheduling;

/// <summary>
/// A named job's lease, held by one instance at a time (issue 11: "a database lease, so that with two instances each email is
/// sent once"). Not trust-owned: one row per job for the whole installation. Taken and renewed only by a conditional update
/// (<see cref="JobLeases"/>), so two instances asking at once cannot both hold it.
/// </summary>
public sealed class JobLease
{
    public const int NameLength = 100;
    public const int HolderLength = 200;

    public string Name { get; private set; } = "";
    public string? HeldBy { get; private set; }
    /// <summary>UTC (SQLite cannot compare DateTimeOffset values).</summary>
    public DateTime HeldUntil { get; private set; }

    private JobLease() { }

    public JobLease(string name, DateTime heldUntil)
    {
        Name = name;
        HeldUntil = heldUntil;
    }
}
