namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>
/// A document to draw, as content only: <see cref="PdfLayout"/> turns it into A4 pages (measuring, wrapping, pagination,
/// contents with page numbers, running header and footer). Features build one of these and never draw themselves.
/// </summary>
/// <param name="Title">The PDF's title (document properties).</param>
/// <param name="Cover">The first page; null for none.</param>
/// <param name="ContentsTitle">When set, a contents page (or pages) after the cover listing every heading with <see cref="PdfHeading.InContents"/> and the page it is on.</param>
/// <param name="HeaderText">Top of every page but the cover, on the left.</param>
/// <param name="HeaderRight">Top of every page but the cover, on the right (e.g. the edition).</param>
/// <param name="FooterText">Bottom of every page but the cover, on the left; "Page x of y" is on the right.</param>
/// <param name="Blocks">The body, in order.</param>
public sealed record PdfDocumentModel(
    string Title,
    PdfCover? Cover,
    string? ContentsTitle,
    string HeaderText,
    string? HeaderRight,
    string FooterText,
    IReadOnlyList<PdfBlock> Blocks);

/// <summary>The cover: a title, a subtitle and labelled lines (trust, meeting, edition, hash...), then an optional note.</summary>
public sealed record PdfCover(string Title, string? Subtitle, IReadOnlyList<PdfCoverLine> Lines, string? Note = null);

public sealed record PdfCoverLine(string Label, string Value);

/// <summary>A piece of the body.</summary>
public abstract record PdfBlock;

/// <summary>A heading (level 1 to 3), kept on the same page as what follows it.</summary>
/// <param name="InContents">Listed on the contents page (level 1 headings by default).</param>
public sealed record PdfHeading(int Level, string Text, bool? InContents = null) : PdfBlock
{
    public bool Listed => InContents ?? Level == 1;
}

/// <summary>A wrapped paragraph.</summary>
/// <param name="KeepWithNext">Moves to the next page unless it and two more lines fit (a label above its text).</param>
/// <param name="SpaceAfter">Points below it; null for the default (5, or 2 for a bullet).</param>
public sealed record PdfParagraph(string Text, PdfTextStyle Style = PdfTextStyle.Normal, bool Bullet = false, bool KeepWithNext = false, double? SpaceAfter = null) : PdfBlock;

public enum PdfTextStyle
{
    Normal = 0,
    Bold = 1,

    /// <summary>Smaller and grey: context lines, notes.</summary>
    Muted = 2,
}

/// <summary>
/// A table: the header row is drawn again at the top of every page the table breaks onto (with the caption marked
/// "continued"); a row is never split across pages.
/// </summary>
/// <param name="Columns">Headers; column widths follow the content (each column gets at least its longest word).</param>
/// <param name="Rows">Rows of cells, lined up with <paramref name="Columns"/> (missing cells are blank).</param>
public sealed record PdfTable(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<PdfCell>> Rows) : PdfBlock;

/// <summary>A cell; drawn as a coloured chip with its text when <paramref name="Chip"/> is set.</summary>
public sealed record PdfCell(string Text, PdfChip? Chip = null);

public enum PdfChip
{
    Red = 1,
    Amber = 2,
    Green = 3,
}

/// <summary>
/// A horizontal bar chart: one group per <see cref="PdfBarGroup"/> with a bar for the value and one for national, the
/// target as a marker; a legend above, a value axis below. Breaks across pages between groups, legend and axis repeated.
/// </summary>
/// <param name="Unit">"%" (values shown with a % sign) or a unit named on the axis, e.g. "points".</param>
public sealed record PdfBarChart(string Title, string Unit, IReadOnlyList<PdfBarGroup> Groups, string ValueLegend = "Trust") : PdfBlock;

public sealed record PdfBarGroup(string Label, decimal? Value, decimal? National, decimal? Target);

/// <summary>Starts a new page (nothing happens at the top of an empty page).</summary>
public sealed record PdfPageBreak : PdfBlock;
