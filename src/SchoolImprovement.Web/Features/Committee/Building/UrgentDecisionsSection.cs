using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Board chairs' urgent decisions awaiting ratification (DDAT Appendix 1 §2.1: "presented for ratification at the next
/// scheduled committee meeting"), from the trust view. No query of its own.
/// </summary>
public sealed class UrgentDecisionsSection : IPackSection
{
    public PackSectionKind Kind => PackSectionKind.UrgentDecisions;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.Boards))
        {
            return null;
        }

        var items = (await reading.OverviewAsync(ct)).UrgentDecisions
            .Where(d => reading.IsOpen(d.SchoolId))
            .Select(d => new PackItem(
                CommitteeItemKind.UrgentDecision,
                d.DecisionId,
                d.SchoolId,
                d.School,
                d.Text,
                reading.WithDeferral($"Decided by the chair of the {d.Kind.Label()} on {PackText.Date(d.DecidedOn)}, between committee meetings.", d.DecisionId)))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var summary = $"{PackText.Count(items.Count, "urgent decision")} by board chairs {(items.Count == 1 ? "awaits" : "await")} ratification.";
        return PackReading.Section(Kind, summary, PackText.ItemChanges(reading.PreviousSection(Kind), items, reading.FirstPack, "urgent decision"), items);
    }
}
