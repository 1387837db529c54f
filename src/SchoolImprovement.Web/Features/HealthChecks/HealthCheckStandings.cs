using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.HealthChecks;

/// <summary>
/// Where one open school stands with its health checks: the last completed check, the draft in progress, the interval
/// (its confirmed category's or the profile's, <see cref="HealthCheckSchedule.Months"/>) and the next due date.
/// </summary>
public sealed record HealthCheckStanding(
    Guid SchoolId, string School, int Urn, DateOnly DateJoined, Guid? LastId, DateOnly? LastHeldOn, Guid? DraftId, string? Category, int? Months, DateOnly? DueOn)
{
    public bool IsOverdue(DateOnly today) => HealthCheckSchedule.IsOverdue(DueOn, today);

    /// <summary>Where the next check is done: the draft in progress, or a new one.</summary>
    public string DoUrl => DraftId is { } draft ? $"/health-checks/{draft}" : $"/schools/{SchoolId}/health-checks/new";
}

/// <summary>
/// Reads the standings of a set of open schools in one query (each school with its last completed check, its draft and
/// its confirmed category), plus the policy given by the caller: the same number of SQL commands for 10 or 200 schools.
/// A closed school has nothing due and is left out.
/// </summary>
public static class HealthCheckStandings
{
    public static async Task<IReadOnlyList<HealthCheckStanding>> ReadAsync(PortalDbContext db, IQueryable<School> schools, PolicyContent policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        var rows = await schools.AsNoTracking()
            .Where(s => s.ClosedOn == null)
            .Select(s => new
            {
                s.Id, s.Name, s.Urn, s.DateJoined,
                LastId = db.HealthChecks.Where(c => c.SchoolId == s.Id && c.Status == HealthCheckStatus.Completed)
                    .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
                    .Select(c => (Guid?)c.Id)
                    .FirstOrDefault(),
                LastHeldOn = db.HealthChecks.Where(c => c.SchoolId == s.Id && c.Status == HealthCheckStatus.Completed)
                    .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.Id)
                    .Select(c => (DateOnly?)c.HeldOn)
                    .FirstOrDefault(),
                DraftId = db.HealthChecks.Where(c => c.SchoolId == s.Id && c.Status == HealthCheckStatus.Draft).Select(c => (Guid?)c.Id).FirstOrDefault(),
                Category = db.Categorisations.Where(c => c.SchoolId == s.Id && c.Status == CategorisationStatus.Confirmed)
                    .OrderByDescending(c => c.Id).Select(c => c.Category).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var months = HealthCheckSchedule.Months(policy, r.Category);
            return new HealthCheckStanding(
                r.Id, r.Name, r.Urn, r.DateJoined, r.LastId, r.LastHeldOn, r.DraftId, r.Category, months,
                HealthCheckSchedule.NextDue(r.DateJoined, r.LastHeldOn, months));
        })];
    }

    /// <summary>The trust's policy content as the schedule needs it (its categories and cycles); one query.</summary>
    public static async Task<PolicyContent?> PolicyAsync(PortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
        return profile?.Content;
    }
}
