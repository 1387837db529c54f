using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Schools causing concern (DDAT §3): the open cases of the open schools from the trust view, and each designation the
/// committee has not yet been told of as an item for information ("for the CEO to decide and inform the Education and
/// Standards Committee of this designation"). No query of its own.
/// </summary>
public sealed class SchoolsCausingConcernSection : IPackSection
{
    public const string Caption = "Schools causing concern and recommended";

    public PackSectionKind Kind => PackSectionKind.SchoolsCausingConcern;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.ConcernDesignation))
        {
            return null;
        }

        var cases = (await reading.OverviewAsync(ct)).Concerns.Where(c => reading.IsOpen(c.SchoolId)).ToList();
        if (cases.Count == 0)
        {
            return null;
        }

        var items = cases.Where(c => c.AwaitsCommitteeNotice)
            .Select(c => new PackItem(
                CommitteeItemKind.Designation,
                c.CaseId,
                c.SchoolId,
                c.School,
                $"{c.School} was designated causing concern on {PackText.Date(c.Since)}; response: {c.ProposedResponse.Label()}.",
                reading.WithDeferral("The CEO's designation, for the committee's information (DDAT §3).", c.CaseId)))
            .ToList();
        var table = new PackTable(
            Caption,
            ["School", "Status", "Since", "Response"],
            [.. cases.Select(c => new PackRow(c.SchoolId, [
                new PackCell(c.School),
                new PackCell(c.Status.Label(), c.Status == ConcernStatus.ExitRecommended ? Domain.Assessment.Rag.Amber : Domain.Assessment.Rag.Red),
                new PackCell(PackText.Date(c.Since)),
                new PackCell(c.ProposedResponse.ShortLabel()),
            ]))]);
        var designated = cases.Count(c => c.Status is ConcernStatus.Designated or ConcernStatus.ExitRecommended);
        var recommended = cases.Count(c => c.Status == ConcernStatus.Recommended);
        var summary = $"{PackText.Count(designated, "school")} causing concern"
            + (recommended > 0 ? $" and {PackText.Count(recommended, "school")} recommended to the CEO" : "")
            + $"; {PackText.Count(items.Count, "new designation")} for information.";
        var changes = PackText.RowChanges(reading.PreviousSection(Kind), table, Caption, "Newly listed", "No longer causing concern");
        return PackReading.Section(Kind, summary, changes, items, [table]);
    }
}
