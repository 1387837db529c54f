namespace SchoolImprovement.Domain.Tenancy;

/// <summary>
/// Marks an entity that belongs to one trust (the tenant). Only the persistence layer sets
/// <see cref="TrustId"/>: it is stamped on insert from the signed-in user's trust and never changes.
/// </summary>
public interface ITrustOwned
{
    Guid TrustId { get; }
}
