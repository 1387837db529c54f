using System.Globalization;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Pdf;

namespace SchoolImprovement.Web.Features.Committee.Pdf;

/// <summary>
/// A committee pack as a PDF: the pack content mapped onto the layout module's document model (cover with the trust,
/// meeting, edition and hash; contents; one section per pack section with its summary, the changes since the last pack,
/// what is put to the committee, tables with RAG chips and charts). Draws nothing itself.
/// </summary>
public sealed class PackPdf : IPackPdfRenderer
{
    public byte[] Render(PackContent content, PackEdition edition) => PdfLayout.Render(Document(content, edition));

    public static PdfDocumentModel Document(PackContent content, PackEdition edition)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(edition);
        var meeting = LongDate(content.MeetingOn);
        var blocks = new List<PdfBlock>();
        foreach (var section in content.Sections)
        {
            Section(blocks, section, content.PreviousMeetingOn);
        }

        return new PdfDocumentModel(
            Title: $"{content.TrustName}: Education and Standards Committee pack, {meeting}",
            Cover: Cover(content, edition, meeting),
            ContentsTitle: "Contents",
            HeaderText: $"{content.TrustName} · Committee pack for {meeting}",
            HeaderRight: edition.Label,
            FooterText: $"{content.TrustName} · {edition.Label}",
            Blocks: blocks);
    }

    private static PdfCover Cover(PackContent content, PackEdition edition, string meeting)
    {
        var forDecision = content.ForDecision.Count();
        var forInformation = content.Items.Count() - forDecision;
        var lines = new List<PdfCoverLine>
        {
            new("Trust", content.TrustName),
            new("Meeting", meeting),
            new("Edition", edition.Label),
            // The 64 hex digits on two lines of 32 rather than broken wherever the line ends.
            edition.Hash is { Length: 64 } hash ? new("Content hash (SHA-256)", $"{hash[..32]}\n{hash[32..]}")
                : new("Content hash (SHA-256)", edition.Hash ?? "None: a draft has no hash until it is published"),
        };
        if (edition.CorrectionReason is { } reason)
        {
            lines.Add(new("Correction", reason));
        }

        lines.Add(new("Built", UkClock.ToUk(new DateTimeOffset(DateTime.SpecifyKind(content.BuiltAt, DateTimeKind.Utc))).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture) + " from the portal's live data"));
        lines.Add(new("Changes since", content.PreviousMeetingOn is { } previous ? $"The pack for the meeting on {LongDate(previous)}" : "First pack: no earlier pack to compare with"));
        lines.Add(new("Before the committee", $"{Count(forDecision, "item")} for decision, {Count(forInformation, "item")} for information, in {Count(content.Sections.Count, "section")}"));
        return new PdfCover(
            "Education and Standards Committee",
            $"Pack for the meeting on {meeting}",
            lines,
            edition.Hash is null
                ? "Draft, not for circulation: built from live data and will change until it is published."
                : "A published pack does not change: a correction is published as a new version with its reason. The hash identifies this content.");
    }

    private static void Section(List<PdfBlock> blocks, PackSection section, DateOnly? previousMeeting)
    {
        blocks.Add(new PdfPageBreak());
        blocks.Add(new PdfHeading(1, section.Title));
        if (!string.IsNullOrWhiteSpace(section.Summary))
        {
            blocks.Add(new PdfParagraph(section.Summary));
        }

        blocks.Add(new PdfHeading(2, "Changes since the last pack"));
        if (section.Changes.Count > 0)
        {
            blocks.AddRange(section.Changes.Select(c => new PdfParagraph(c, Bullet: true)));
        }
        else
        {
            blocks.Add(new PdfParagraph(
                previousMeeting is { } previous ? $"No changes since the pack for {LongDate(previous)}." : "First pack: no earlier pack to compare with.",
                PdfTextStyle.Muted));
        }

        Items(blocks, "For decision", section.Items.Where(i => i.Kind.NeedsDecision()).ToList());
        Items(blocks, "For information", section.Items.Where(i => !i.Kind.NeedsDecision()).ToList());

        foreach (var table in section.Tables)
        {
            blocks.Add(new PdfTable(
                table.Caption,
                table.Columns,
                table.Rows.Select(r => (IReadOnlyList<PdfCell>)r.Cells.Select(Cell).ToList()).ToList()));
        }

        foreach (var chart in section.Charts)
        {
            blocks.Add(new PdfBarChart(chart.Title, chart.Unit, chart.Bars.Select(b => new PdfBarGroup(b.Label, b.Value, b.National, b.Target)).ToList()));
        }
    }

    private static void Items(List<PdfBlock> blocks, string heading, IReadOnlyList<PackItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        blocks.Add(new PdfHeading(2, heading));
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var hasContext = !string.IsNullOrWhiteSpace(item.Context);
            blocks.Add(new PdfParagraph(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item.SchoolName}: {item.Kind.Label()}"), PdfTextStyle.Bold, KeepWithNext: true, SpaceAfter: 1));
            blocks.Add(new PdfParagraph(item.Text, SpaceAfter: hasContext ? 1 : 9));
            if (hasContext)
            {
                blocks.Add(new PdfParagraph(item.Context!, PdfTextStyle.Muted, SpaceAfter: 9));
            }
        }
    }

    private static PdfCell Cell(PackCell cell) => new(cell.Text, cell.Rag switch
    {
        Rag.Red => PdfChip.Red,
        Rag.Amber => PdfChip.Amber,
        Rag.Green => PdfChip.Green,
        _ => null,
    });

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    internal static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
