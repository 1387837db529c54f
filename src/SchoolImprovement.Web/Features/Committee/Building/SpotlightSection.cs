using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Spotlight schools (DDAT §6: "Focused visits are undertaken every half term by the allocated SSIO"): the open projects
/// of open schools from the trust view, each with its officer, last visit and next visit due, overdue ones in red. No
/// query of its own.
/// </summary>
public sealed class SpotlightSection : IPackSection
{
    public const string Caption = "Schools in a Spotlight project";

    public PackSectionKind Kind => PackSectionKind.Spotlight;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.SpotlightProjects))
        {
            return null;
        }

        var projects = (await reading.OverviewAsync(ct)).Spotlight.Where(p => reading.IsOpen(p.SchoolId)).OrderBy(p => p.School, StringComparer.Ordinal).ToList();
        if (projects.Count == 0)
        {
            return null;
        }

        var table = new PackTable(
            Caption,
            ["School", "Officer", "Opened", "Last visit", "Next visit due"],
            [.. projects.Select(p => new PackRow(p.SchoolId, [
                new PackCell(p.School),
                new PackCell(p.Officer),
                new PackCell(PackText.Date(p.OpenedOn)),
                new PackCell(p.LastVisitOn is { } last ? PackText.Date(last) : "No visit yet"),
                new PackCell(PackText.Date(p.NextVisitDueBy) + (p.Overdue ? " (overdue)" : ""), p.Overdue ? Rag.Red : Rag.Green),
            ]))]);
        var overdue = projects.Count(p => p.Overdue);
        var summary = $"{PackText.Count(projects.Count, "school")} in a Spotlight project; {PackText.Count(overdue, "focused visit")} overdue.";
        var changes = PackText.RowChanges(reading.PreviousSection(Kind), table, Caption, "Project opened", "Project closed");
        return PackReading.Section(Kind, summary, changes, tables: [table]);
    }
}
