using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>
/// A school's latest inspection under each framework and what the latest Ofsted inspection (of
/// either framework) suggests: the read model of the "Latest inspections" partial
/// (Features/Shared/_LatestInspections.cshtml), for the school profile and any page about one
/// school. One SQL query.
/// </summary>
public sealed record LatestInspections(
    Guid SchoolId,
    InspectionRow? Ofsted2019,
    InspectionRow? ReportCard,
    InspectionRow? Siams,
    InspectionSignals.Suggestion? Suggestion)
{
    public bool IsEmpty => Ofsted2019 is null && ReportCard is null && Siams is null;

    /// <summary>Loads the school's inspections (newest first, one query) and picks the latest per framework in memory.</summary>
    public static async Task<LatestInspections> ForSchoolAsync(PortalDbContext db, Guid schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return From(schoolId, await NewestFirstAsync(db, schoolId, ct));
    }

    /// <summary>The school's inspections, newest first (ties: the later recorded first).</summary>
    public static async Task<IReadOnlyList<Inspection>> NewestFirstAsync(PortalDbContext db, Guid schoolId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Inspections.AsNoTracking()
            .Where(i => i.SchoolId == schoolId)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .ToListAsync(ct);
    }

    /// <summary>Picks the latest per framework from inspections already ordered newest first.</summary>
    public static LatestInspections From(Guid schoolId, IReadOnlyList<Inspection> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        InspectionRow? Latest(InspectionFramework framework) =>
            newestFirst.FirstOrDefault(i => i.Framework == framework) is { } found ? InspectionRow.From(found) : null;
        var latestOfsted = newestFirst.FirstOrDefault(i => i.Framework != InspectionFramework.Siams);
        return new LatestInspections(
            schoolId, Latest(InspectionFramework.Ofsted2019), Latest(InspectionFramework.OfstedReportCard), Latest(InspectionFramework.Siams),
            InspectionSignals.Suggest(latestOfsted));
    }
}
