using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// The time a published visit took, counted against the officer's day allocation (Vine §4: "a visit records its time
/// against the allocation without a second entry") in a trust that uses day allocations; a trust without them (DDAT)
/// keeps the days on the visit only.
/// </summary>
public sealed class VisitDaysHandler(PortalDbContext db, TrustPolicyReader policy)
{
    /// <summary>
    /// Logs the visit's days on the school's allocation for the visit's academic year, as improvement-lead days, in the
    /// caller's save. Refuses (<see cref="DomainException"/>) when the school has no allocation for the year, and whatever
    /// <see cref="DayAllocation.Log"/> refuses (another officer, past the allowance).
    /// </summary>
    public async Task LogAsync(ImprovementVisit visit, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (visit.Days is not { } days || !(await policy.CurrentAsync(ct)).Uses(PolicyCapability.DayAllocations))
        {
            return;
        }

        var year = AcademicYear.Containing(visit.VisitedOn);
        var allocation = await db.DayAllocations
            .Include(a => a.Logs)
            .Include(a => a.Approvals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.SchoolId == visit.SchoolId && a.AcademicYear == year.StartYear, ct)
            ?? throw new DomainException(
                $"The school has no day allocation for {year}: the visit's {DayCount.Format(days)} days cannot be logged. Ask the Director of Learning to set the allocation, or remove the days from the note.");
        allocation.Log(visit.OfficerUserId, AllocationStrand.Officer, visit.VisitedOn, days, visit.Activity, visit.Mode, visit.Id, now);
    }
}
