using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// The trust summary: the open schools by confirmed category now and at the last pack, and the schools that moved
/// category since (the exceptions). One query: every confirmed categorisation of the trust (narrow), matched in memory to
/// the open schools.
/// </summary>
public sealed class TrustSummarySection(PortalDbContext db) : IPackSection
{
    public const string CategoriesCaption = "Schools by category";
    public const string MovedCaption = "Schools that moved category";

    public PackSectionKind Kind => PackSectionKind.TrustSummary;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Schools.Count == 0)
        {
            return null;
        }

        var confirmed = await db.Categorisations.AsNoTracking()
            .Where(c => c.Status == CategorisationStatus.Confirmed)
            .Select(c => new { c.Id, c.SchoolId, c.Category, c.DecidedAt })
            .ToListAsync(ct);
        var since = new DateTimeOffset(UkClock.StartOfUkDay(reading.Since), TimeSpan.Zero);
        var bySchool = confirmed.Where(c => reading.IsOpen(c.SchoolId) && c.DecidedAt is not null)
            .GroupBy(c => c.SchoolId)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.DecidedAt).ThenBy(c => c.Id).ToList());
        string? Now(Guid id) => bySchool.TryGetValue(id, out var list) ? list[^1].Category : null;
        string? Then(Guid id) => bySchool.TryGetValue(id, out var list) ? list.LastOrDefault(c => c.DecidedAt < since)?.Category : null;

        var schools = reading.Schools.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var scheme = reading.Policy.Categories.Select(c => c.Name).ToList();
        var when = reading.FirstPack ? $"On {PackText.Date(reading.Since)}" : "At the last pack";
        List<PackRow> categoryRows = [.. scheme.Select(category =>
        {
            var now = schools.Count(s => Now(s.Id) == category);
            var then = schools.Count(s => Then(s.Id) == category);
            return new PackRow(null, [new PackCell(category), new PackCell(Show(now)), new PackCell(Show(then)), new PackCell(Movement(now - then))]);
        })];
        var uncategorised = schools.Count(s => Now(s.Id) is null);
        if (uncategorised > 0)
        {
            var then = schools.Count(s => Then(s.Id) is null);
            categoryRows.Add(new PackRow(null, [new PackCell("Not categorised"), new PackCell(Show(uncategorised)), new PackCell(Show(then)), new PackCell(Movement(uncategorised - then))]));
        }

        var moved = schools
            .Where(s => Now(s.Id) is { } now && Then(s.Id) is { } then && now != then)
            .Select(s => new PackRow(s.Id, [new PackCell(s.Name), new PackCell(Then(s.Id)!), new PackCell(Now(s.Id)!)]))
            .ToList();
        var concern = schools.Count(s => s.CausingConcernSince is not null);

        var summary = $"{PackText.Count(schools.Count, "open school")}: "
            + string.Join(", ", categoryRows.Select(r => $"{r.Cells[1].Text} {r.Cells[0].Text}"))
            + $". {PackText.Count(concern, "school")} causing concern; {PackText.Count(moved.Count, "school")} moved category since "
            + (reading.FirstPack ? PackText.Date(reading.Since) : "the last pack") + ".";
        List<string> changes = reading.FirstPack || moved.Count == 0
            ? []
            : [$"{PackText.Count(moved.Count, "school")} moved category: {PackText.Names(moved.Select(r => $"{r.Cells[0].Text} ({r.Cells[1].Text} to {r.Cells[2].Text})"))}."];
        return PackReading.Section(
            Kind,
            summary,
            changes,
            tables:
            [
                new PackTable(CategoriesCaption, ["Category", "Schools", when, "Movement"], categoryRows),
                new PackTable(MovedCaption, ["School", "Was", "Now"], moved),
            ]);
    }

    private static string Show(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Movement(int difference) => difference switch
    {
        > 0 => $"+{Show(difference)}",
        < 0 => Show(difference),
        _ => "no change",
    };
}
