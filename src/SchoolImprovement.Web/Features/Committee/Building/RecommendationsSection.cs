using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// The boards' recommendations pending the committee's decision (DDAT Appendix 1 §2.1: "The RAB will submit
/// recommendations to the Education and Standards Committee, which retains final decision-making authority"), from the
/// trust view. No query of its own.
/// </summary>
public sealed class RecommendationsSection : IPackSection
{
    public PackSectionKind Kind => PackSectionKind.Recommendations;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.Boards))
        {
            return null;
        }

        var items = (await reading.OverviewAsync(ct)).Recommendations
            .Where(r => reading.IsOpen(r.SchoolId))
            .Select(r => new PackItem(
                CommitteeItemKind.Recommendation,
                r.RecommendationId,
                r.SchoolId,
                r.School,
                r.Text,
                reading.WithDeferral($"{r.Kind.Label()}, recommended on {PackText.Date(r.MadeOn)}.", r.RecommendationId)))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var summary = $"{PackText.Count(items.Count, "recommendation")} for {PackText.Count(items.Select(i => i.SchoolId).Distinct().Count(), "school")} {(items.Count == 1 ? "awaits" : "await")} the committee's decision.";
        return PackReading.Section(Kind, summary, PackText.ItemChanges(reading.PreviousSection(Kind), items, reading.FirstPack, "recommendation"), items);
    }
}
