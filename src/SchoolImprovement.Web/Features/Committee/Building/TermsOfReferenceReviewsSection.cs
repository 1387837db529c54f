using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>
/// The boards' terms of reference due for their review ("These Terms of Reference must be reviewed by the Trust Board
/// annually"): each board kind whose review is overdue on the meeting day or falls due before the next meeting, from the
/// due items (the review cycles' source lists nothing when the profile sets no interval or no boards).
/// </summary>
public sealed class TermsOfReferenceReviewsSection : IPackSection
{
    public const string Caption = "Terms of reference reviews";

    public PackSectionKind Kind => PackSectionKind.TermsOfReferenceReviews;

    public async Task<PackSection?> BuildAsync(PackReading reading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var reviews = (await reading.DueAsync(ct)).Where(i => i.Kind == DueKind.TermsOfReferenceReview).ToList();
        var listed = reviews.Where(r => r.DueOn < reading.NextMeetingBy).OrderBy(r => r.DueOn).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();
        if (listed.Count == 0)
        {
            return null;
        }

        var prefix = DueKind.TermsOfReferenceReview.Label() + ": ";
        string Name(DueItem item) => item.Title.StartsWith(prefix, StringComparison.Ordinal) ? item.Title[prefix.Length..] : item.Title;
        var table = new PackTable(
            Caption,
            ["Board", "Last reviewed", "Due on", "State"],
            [.. listed.Select(r => new PackRow(null, [
                new PackCell(Name(r)),
                new PackCell(r.LastDoneOn is { } last ? PackText.Date(last) : "Not recorded"),
                new PackCell(PackText.Date(r.DueOn)),
                r.IsOverdue(reading.MeetingOn) ? new PackCell("Overdue", Rag.Red) : new PackCell("Due before the next meeting", Rag.Amber),
            ]))]);
        var overdue = listed.Count(r => r.IsOverdue(reading.MeetingOn));
        var summary = $"{PackText.Count(listed.Count, "terms of reference review", "terms of reference reviews")} due before the next meeting ({overdue} overdue).";
        List<string> changes = reading.FirstPack
            ? []
            : [.. reviews.Where(r => r.LastDoneOn >= reading.Since).Select(r => $"{Name(r)} terms of reference reviewed on {PackText.Date(r.LastDoneOn!.Value)}.")];
        return PackReading.Section(Kind, summary, changes, tables: [table]);
    }
}
