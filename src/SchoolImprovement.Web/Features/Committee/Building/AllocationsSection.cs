using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Allocation utilisation (Vine §4 days of SIL and SLE support) for the academic year of the meeting: the trust's days
/// used against allocated, and the exceptions: open schools without an allocation (red), over their allowance (red) or
/// using it at less than half the pace of the year gone (amber). Three queries, as the utilisation page reads them (the
/// year's allocations, their approved additional days, their logged days; SQLite cannot sum decimals in SQL).
/// </summary>
public sealed class AllocationsSection(PortalDbContext db) : IPackSection
{
    public const string Caption = "Allocations over or under used";

    public PackSectionKind Kind => PackSectionKind.Allocations;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.DayAllocations) || reading.Policy.Allocations is null || reading.Schools.Count == 0)
        {
            return null;
        }

        var year = AcademicYear.Containing(reading.MeetingOn);
        var inYear = db.DayAllocations.AsNoTracking().Where(a => a.AcademicYear == year.StartYear);
        var allocations = await inYear.Select(a => new { a.Id, a.SchoolId, a.OfficerDays, a.PerformanceManagementDays, a.SleDays }).ToListAsync(ct);
        var approved = (await db.AdditionalDaysApprovals.AsNoTracking()
                .Where(p => inYear.Any(a => a.Id == p.AllocationId))
                .Select(p => new { p.AllocationId, p.Days })
                .ToListAsync(ct))
            .ToLookup(p => p.AllocationId, p => p.Days);
        var used = (await db.DayLogs.AsNoTracking()
                .Where(l => inYear.Any(a => a.Id == l.AllocationId))
                .Select(l => new { l.AllocationId, l.Days })
                .ToListAsync(ct))
            .ToLookup(l => l.AllocationId, l => l.Days);
        var bySchool = allocations.Where(a => reading.IsOpen(a.SchoolId)).ToDictionary(
            a => a.SchoolId, a => (Allowance: a.OfficerDays + a.PerformanceManagementDays + a.SleDays + approved[a.Id].Sum(), Used: used[a.Id].Sum()));

        // The share of the academic year gone by the meeting: the pace a school's days are expected to be used at.
        var gone = Math.Clamp((decimal)(reading.MeetingOn.DayNumber - year.FirstDay.DayNumber) / (year.LastDay.DayNumber - year.FirstDay.DayNumber + 1), 0m, 1m);
        List<PackRow> rows = [];
        int none = 0, over = 0, behind = 0;
        foreach (var school in reading.Schools.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (!bySchool.TryGetValue(school.Id, out var days))
            {
                none++;
                rows.Add(Row(school, "None", "0", "No allocation for the year", Rag.Red));
            }
            else if (days.Used > days.Allowance)
            {
                over++;
                rows.Add(Row(school, PackText.Number(days.Allowance), PackText.Number(days.Used), $"Over by {PackText.Number(days.Used - days.Allowance)} days", Rag.Red));
            }
            else if (days.Allowance > 0 && days.Used < days.Allowance * gone / 2)
            {
                behind++;
                rows.Add(Row(school, PackText.Number(days.Allowance), PackText.Number(days.Used), $"Behind: {Percent(days.Used / days.Allowance)} used, {Percent(gone)} of the year gone", Rag.Amber));
            }
        }

        var allowance = bySchool.Values.Sum(d => d.Allowance);
        var usedDays = bySchool.Values.Sum(d => d.Used);
        var table = new PackTable(Caption, ["School", "Days allocated", "Days used", "Exception"], rows);
        var summary = $"{year}: {PackText.Number(usedDays)} of {PackText.Number(allowance)} days used ({Percent(allowance == 0 ? 0 : usedDays / allowance)}) "
            + $"with {Percent(gone)} of the year gone; {none} without an allocation, {over} over, {behind} behind.";
        var changes = PackText.RowChanges(reading.PreviousSection(Kind), table, Caption, "Newly listed", "No longer listed");
        return PackReading.Section(Kind, summary, changes, tables: [table]);
    }

    private static PackRow Row(PackSchool school, string allocated, string used, string exception, Rag rag) =>
        new(school.Id, [new PackCell(school.Name), new PackCell(allocated), new PackCell(used), new PackCell(exception, rag)]);

    private static string Percent(decimal share) => $"{Math.Round(share * 100, 0, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}%";
}
