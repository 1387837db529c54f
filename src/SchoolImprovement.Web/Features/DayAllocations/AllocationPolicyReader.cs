using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using AllocationPolicy = SchoolImprovement.Domain.Policy.Allocations;

namespace SchoolImprovement.Web.Features.DayAllocations;

/// <summary>The trust profile's allocation numbers (Vine §4), or none when the profile sets none.</summary>
public static class AllocationPolicyReader
{
    /// <summary>What a profile without numbers gives: nothing, so that every day needs an approval.</summary>
    public static readonly AllocationPolicy Nothing = new(0m, 0m, 0m, AdditionalSleDaysForGreatestNeed: false);

    public static async Task<AllocationPolicy> AllocationPolicyAsync(this PortalDbContext db, CancellationToken ct) =>
        await db.PolicyProfiles.AsNoTracking().Select(p => p.Allocations).SingleOrDefaultAsync(ct) ?? Nothing;
}
