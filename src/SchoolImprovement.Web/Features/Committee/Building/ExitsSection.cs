using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Exits from designation the CEO recommends to the committee (DDAT §4: "The CEO will recommend to the Education and
/// Standards Committee the exit of the school"). One query: the cases with an exit recommended, with their reasons.
/// </summary>
public sealed class ExitsSection(PortalDbContext db) : IPackSection
{
    public PackSectionKind Kind => PackSectionKind.Exits;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.ConcernDesignation))
        {
            return null;
        }

        var cases = await db.ConcernCases.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.ExitRecommended)
            .Select(c => new { c.Id, c.SchoolId, c.ExitReasons, c.ExitRecommendedAt, c.DesignatedOn, c.ProposedResponse })
            .ToListAsync(ct);
        var items = cases.Where(c => reading.IsOpen(c.SchoolId))
            .OrderBy(c => reading.SchoolName(c.SchoolId), StringComparer.Ordinal)
            .Select(c => new PackItem(
                CommitteeItemKind.Exit,
                c.Id,
                c.SchoolId,
                reading.SchoolName(c.SchoolId),
                $"Exit {reading.SchoolName(c.SchoolId)} from designation: {c.ExitReasons}",
                reading.WithDeferral(
                    (c.DesignatedOn is { } on ? $"Causing concern since {PackText.Date(on)} ({c.ProposedResponse.ShortLabel()}); " : "")
                        + (c.ExitRecommendedAt is { } at ? $"exit recommended by the CEO on {PackText.Date(at)}." : "exit recommended by the CEO."),
                    c.Id)))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var summary = $"The CEO recommends {PackText.Count(items.Count, "school")} to exit designation.";
        return PackReading.Section(Kind, summary, PackText.ItemChanges(reading.PreviousSection(Kind), items, reading.FirstPack, "exit"), items);
    }
}
