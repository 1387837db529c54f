using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>
/// The category section of the school profile (_SchoolCategorySummary.cshtml): the confirmed
/// category with its rationale and, for the trust-wide team, the proposal awaiting confirmation.
/// Headteachers, local committee members and SLEs see only confirmed categorisations: proposals
/// stay with the central team. One SQL query.
/// </summary>
public sealed record SchoolCategorySummary(Guid SchoolId, SchoolCategorySummary.Confirmed? Current, SchoolCategorySummary.Proposal? Awaiting, bool CanPropose)
{
    public sealed record Confirmed(Guid Id, string Category, string Rationale, DateTimeOffset DecidedAt);

    public sealed record Proposal(Guid Id, string Category);

    /// <param name="schoolOpen">A closed school takes no new proposal.</param>
    /// <param name="mayPropose">The person may propose for this school (<see cref="PermissionsReader.MayProposeForAsync"/>).</param>
    public static async Task<SchoolCategorySummary> ReadAsync(PortalDbContext db, Guid schoolId, bool schoolOpen, Permissions permissions, bool mayPropose, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(permissions);
        var wholeTrust = permissions.WholeTrust;
        var ofSchool = db.Categorisations.Where(c => c.SchoolId == schoolId);
        var rows = await ofSchool
            .Where(c => c.Id == ofSchool.Where(x => x.Status == CategorisationStatus.Confirmed).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefault()
                || (wholeTrust && c.Id == ofSchool.Where(x => x.Status == CategorisationStatus.Proposed).OrderByDescending(x => x.Id).Select(x => x.Id).FirstOrDefault()))
            .Select(c => new { c.Id, c.Category, c.Rationale, c.DecidedAt, c.Status })
            .ToListAsync(ct);
        var current = rows.FirstOrDefault(r => r.Status == CategorisationStatus.Confirmed);
        var awaiting = rows.FirstOrDefault(r => r.Status == CategorisationStatus.Proposed);
        return new SchoolCategorySummary(
            schoolId,
            current is null ? null : new Confirmed(current.Id, current.Category, current.Rationale, current.DecidedAt ?? default),
            awaiting is null ? null : new Proposal(awaiting.Id, awaiting.Category),
            mayPropose && schoolOpen && awaiting is null);
    }
}
