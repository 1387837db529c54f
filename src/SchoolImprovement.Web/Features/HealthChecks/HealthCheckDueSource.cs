using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HealthChecks;

/// <summary>
/// Each open school's next health check on the due list (DDAT §2: at least every 12 months, sooner where its category
/// calls for it), for the school's linked officers; it links to the draft in progress or to starting one. Two queries
/// for the whole trust (or one school): the standings and the linked officers. Nothing when the trust's policy has no
/// health checks.
/// </summary>
public sealed class HealthCheckDueSource(PortalDbContext db) : IDueSource
{
    public async Task<IReadOnlyList<DueItem>> DueAsync(DueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Policy.Uses(PolicyCapability.HealthChecks))
        {
            return [];
        }

        var schools = context.SchoolId is { } one ? db.Schools.Where(s => s.Id == one) : db.Schools;
        var standings = (await HealthCheckStandings.ReadAsync(db, schools, context.Policy, cancellationToken)).Where(s => s.DueOn is not null).ToList();
        if (standings.Count == 0)
        {
            return [];
        }

        var ids = standings.Select(s => s.SchoolId).ToList();
        var officers = (await db.SchoolAssignments.AsNoTracking()
                .Where(a => a.Kind == AssignmentKind.LinkedOfficerFor && ids.Contains(a.SchoolId))
                .Select(a => new { a.SchoolId, a.UserId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.SchoolId, a => a.UserId);
        return [.. standings.Select(s => new DueItem(
            DueKind.HealthCheck, $"school:{s.SchoolId}", $"Health check: {s.School}", s.DueOn!.Value, s.DoUrl, s.SchoolId, s.School,
            [.. officers[s.SchoolId].Distinct()], s.LastHeldOn))];
    }
}
