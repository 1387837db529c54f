using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Day allocations for tests: the Vine policy's numbers, switching the capability on for a trust, and an allocation made straight in the database.</summary>
public static class AllocationTestData
{
    /// <summary>The Vine template's numbers (Vine §4): 7.5 improvement lead days, 1 performance-management day, 9 SLE days, additional SLE days for greatest need.</summary>
    public static readonly Domain.Policy.Allocations VinePolicy = new(7.5m, 1m, 9m, AdditionalSleDaysForGreatestNeed: true);

    /// <summary>
    /// Switches day allocations on for the trust named <paramref name="trust"/> with the Vine numbers, as its administrator may on the
    /// policy page (the DDAT policy has none: the matrix's DDAT columns then test access rather than the switched-off 404).
    /// </summary>
    public static async Task UseDayAllocationsAsync(this PortalFactory factory, string trust)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            var content = profile.Content;
            profile.Revise(content with
            {
                Allocations = content.Allocations ?? VinePolicy,
                Capabilities = [.. content.Capabilities.Append(PolicyCapability.DayAllocations).Distinct()],
            });
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// The school's allocation for <paramref name="year"/> (made with the Vine numbers when it does not exist), led by the trust's demo
    /// officer unless <paramref name="officerRole"/> names another demo role.
    /// </summary>
    public static async Task<(Guid Trust, Guid Allocation)> AllocationAsync(
        this PortalFactory factory, string trustPrefix, string domain, int urn, int year, string officerRole = TrustRole.SchoolImprovementOfficer)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var trust = await factory.TrustIdAsync(trustPrefix);
        var school = await factory.SchoolIdAsync(trustPrefix, urn);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(officerRole, domain));
        var id = await factory.InTrustAsync(trust, async db =>
        {
            var existing = await db.DayAllocations.Where(a => a.SchoolId == school && a.AcademicYear == year).Select(a => (Guid?)a.Id).SingleOrDefaultAsync();
            if (existing is { } found)
            {
                return found;
            }

            var allocation = DayAllocation.Set(school, new AcademicYear(year), officer, 7.5m, 1m, 9m, VinePolicy, DateTimeOffset.UtcNow);
            db.DayAllocations.Add(allocation);
            await db.SaveChangesAsync();
            return allocation.Id;
        });
        return (trust, id);
    }

    /// <summary>The allocation as stored, with its assignments, approvals and logs.</summary>
    public static Task<DayAllocation> StoredAllocationAsync(this PortalFactory factory, Guid trust, Guid allocation)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.InTrustAsync(trust, db => db.DayAllocations.AsNoTracking()
            .Include(a => a.SleAssignments).Include(a => a.Approvals).Include(a => a.Logs).AsSplitQuery()
            .SingleAsync(a => a.Id == allocation));
    }
}
