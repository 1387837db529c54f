using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// Health checks (DDAT §2: at least every 12 months): how many were held since the last pack, and the exceptions: the
/// schools whose check is overdue on the meeting day (red) or falls due before the next meeting (amber). From the due
/// items (<see cref="Due.DueListQueries.AllAsync"/>), read once for the pack.
/// </summary>
public sealed class HealthChecksSection : IPackSection
{
    public const string Caption = "Health checks overdue or due before the next meeting";

    public PackSectionKind Kind => PackSectionKind.HealthChecks;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (!reading.Uses(PolicyCapability.HealthChecks))
        {
            return null;
        }

        var checks = (await reading.DueAsync(ct)).Where(i => i.Kind == DueKind.HealthCheck && i.SchoolId is { } id && reading.IsOpen(id)).ToList();
        if (checks.Count == 0)
        {
            return null;
        }

        var meetingOn = reading.MeetingOn;
        var held = checks.Count(c => c.LastDoneOn >= reading.Since);
        var listed = checks.Where(c => c.DueOn < reading.NextMeetingBy)
            .OrderBy(c => c.DueOn).ThenBy(c => c.SchoolName, StringComparer.Ordinal)
            .ToList();
        var overdue = listed.Count(c => c.IsOverdue(meetingOn));
        var table = new PackTable(
            Caption,
            ["School", "Last held", "Due on", "State"],
            [.. listed.Select(c => new PackRow(c.SchoolId, [
                new PackCell(c.SchoolName ?? reading.SchoolName(c.SchoolId!.Value)),
                new PackCell(c.LastDoneOn is { } last ? PackText.Date(last) : "Never"),
                new PackCell(PackText.Date(c.DueOn)),
                c.IsOverdue(meetingOn) ? new PackCell("Overdue", Rag.Red) : new PackCell("Due before the next meeting", Rag.Amber),
            ]))]);
        var sinceText = reading.FirstPack ? PackText.Date(reading.Since) : "the last pack";
        var summary = $"{PackText.Count(held, "health check")} held since {sinceText}; {overdue} of {PackText.Count(checks.Count, "school")} overdue, "
            + $"{listed.Count - overdue} due before the next meeting.";
        List<string> changes = reading.FirstPack ? [] : [$"{PackText.Count(held, "health check")} held since the last pack."];
        changes.AddRange(PackText.RowChanges(reading.PreviousSection(Kind), table, Caption, "Newly overdue or due", "No longer overdue or due"));
        return PackReading.Section(Kind, summary, changes, tables: [table]);
    }
}
