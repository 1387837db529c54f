using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Pdf;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>
/// Draws a <see cref="PdfDocumentModel"/> as an A4 PDF with PDFsharp's XGraphics: the cover, the contents (laid out twice:
/// once to learn how many pages it takes, then with the page numbers the body headings landed on), the body, and on
/// every page but the cover the running header and a footer with "Page x of y".
/// </summary>
public static class PdfLayout
{
    public static byte[] Render(PdfDocumentModel model) => Lay(model).Bytes;

    /// <summary>The PDF with what the layout decided: the page count and each contents entry's page number (1-based, as printed).</summary>
    public static PdfRendering Lay(PdfDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        PdfFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = model.Title;
        document.Info.Creator = "School improvement portal";
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        using var measure = XGraphics.CreateMeasureContext(new XSize(PdfTheme.PageWidth, PdfTheme.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards, new RenderEvents());
        var fonts = new PdfFontSet(measure);

        var cover = new PageFlow(fonts);
        if (model.Cover is { } coverModel)
        {
            Cover(cover, coverModel);
        }

        var body = new PageFlow(fonts);
        var bodyLayout = new PdfBodyLayout(body);
        bodyLayout.Lay(model.Blocks);

        var contentsPages = 0;
        List<List<DrawOp>> contents = [];
        if (model.ContentsTitle is { } contentsTitle)
        {
            // First pass: how many pages the contents takes (page numbers reserve the same width whatever they are).
            contentsPages = Contents(fonts, contentsTitle, bodyLayout.Contents, _ => 0).Count;
            var firstBody = cover.Pages.Count + contentsPages + 1;
            contents = Contents(fonts, contentsTitle, bodyLayout.Contents, e => firstBody + e.BodyPage);
        }

        var pages = cover.Pages.Concat(contents).Concat(body.Pages).ToList();
        var painter = new PdfPainter(fonts);
        var headerRight = model.HeaderRight is null ? null : fonts.Fit(model.HeaderRight, FontRole.Small, PdfTheme.Width * 0.45);
        var header = fonts.Fit(model.HeaderText, FontRole.Small, PdfTheme.Width - (headerRight is null ? 0 : fonts.Width(headerRight, FontRole.Small) + 16));
        var footer = fonts.Fit(model.FooterText, FontRole.Small, PdfTheme.Width - fonts.Width("Page 0000 of 0000", FontRole.Small) - 16);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PdfTheme.PageWidth);
            page.Height = XUnit.FromPoint(PdfTheme.PageHeight);
            using var g = XGraphics.FromPdfPage(page);
            if (i >= cover.Pages.Count)
            {
                RunningHeaderAndFooter(g, painter, header, headerRight, footer, i + 1, pages.Count);
            }

            foreach (var op in pages[i])
            {
                op.Draw(g, painter);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var firstBodyPage = cover.Pages.Count + contentsPages + 1;
        return new PdfRendering(
            stream.ToArray(),
            pages.Count,
            bodyLayout.Contents.Select(e => new PdfContentsLine(e.Text, firstBodyPage + e.BodyPage)).ToList());
    }

    private static void RunningHeaderAndFooter(XGraphics g, PdfPainter painter, string header, string? headerRight, string footer, int number, int total)
    {
        var fonts = painter.Fonts;
        var font = fonts.Font(FontRole.Small);
        var muted = painter.Brush(PdfTheme.Muted);
        g.DrawString(header, font, muted, PdfTheme.Left, PdfTheme.HeaderBaseline, XStringFormats.BaseLineLeft);
        if (headerRight is not null)
        {
            g.DrawString(headerRight, font, muted, PdfTheme.Right - fonts.Width(headerRight, FontRole.Small), PdfTheme.HeaderBaseline, XStringFormats.BaseLineLeft);
        }

        g.DrawLine(painter.Pen(PdfTheme.Rule, 0.5), PdfTheme.Left, PdfTheme.HeaderRule, PdfTheme.Right, PdfTheme.HeaderRule);
        g.DrawLine(painter.Pen(PdfTheme.Rule, 0.5), PdfTheme.Left, PdfTheme.FooterRule, PdfTheme.Right, PdfTheme.FooterRule);
        g.DrawString(footer, font, muted, PdfTheme.Left, PdfTheme.FooterBaseline, XStringFormats.BaseLineLeft);
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {total}");
        g.DrawString(pageText, font, muted, PdfTheme.Right - fonts.Width(pageText, FontRole.Small), PdfTheme.FooterBaseline, XStringFormats.BaseLineLeft);
    }

    private static void Cover(PageFlow flow, PdfCover cover)
    {
        var fonts = flow.Fonts;
        flow.NewPage();
        flow.Add(new RectOp(0, 0, PdfTheme.PageWidth, 14, PdfTheme.Accent, null));
        flow.Y = 190;
        foreach (var line in fonts.Wrap(cover.Title, FontRole.CoverTitle, PdfTheme.Width))
        {
            flow.Text(PdfTheme.Left, flow.Y, line, FontRole.CoverTitle);
            flow.Advance(fonts.LineHeight(FontRole.CoverTitle));
        }

        if (cover.Subtitle is { } subtitle)
        {
            flow.Advance(4);
            foreach (var line in fonts.Wrap(subtitle, FontRole.CoverSubtitle, PdfTheme.Width))
            {
                flow.Text(PdfTheme.Left, flow.Y, line, FontRole.CoverSubtitle, PdfTheme.Muted);
                flow.Advance(fonts.LineHeight(FontRole.CoverSubtitle));
            }
        }

        flow.Advance(14);
        flow.Add(new LineOp(PdfTheme.Left, flow.Y, PdfTheme.Left + 90, flow.Y, PdfTheme.Accent, 3));
        flow.Advance(22);

        var labelWidth = cover.Lines.Select(l => fonts.Width(l.Label.ToUpperInvariant(), FontRole.SmallBold)).DefaultIfEmpty(0).Max() + 16;
        labelWidth = Math.Min(labelWidth, PdfTheme.Width * 0.35);
        foreach (var line in cover.Lines)
        {
            var labelLines = fonts.Wrap(line.Label.ToUpperInvariant(), FontRole.SmallBold, labelWidth - 12);
            var valueLines = fonts.Wrap(line.Value, FontRole.Body, PdfTheme.Width - labelWidth);
            var y = flow.Y + 1.5;
            foreach (var label in labelLines)
            {
                flow.Text(PdfTheme.Left, y, label, FontRole.SmallBold, PdfTheme.Muted);
                y += fonts.LineHeight(FontRole.SmallBold);
            }

            var valueTop = flow.Y;
            foreach (var value in valueLines)
            {
                flow.Text(PdfTheme.Left + labelWidth, valueTop, value, FontRole.Body);
                valueTop += fonts.LineHeight(FontRole.Body);
            }

            flow.Advance(Math.Max(y - flow.Y, valueTop - flow.Y) + 7);
        }

        if (cover.Note is { } note)
        {
            flow.Advance(16);
            foreach (var line in fonts.Wrap(note, FontRole.Muted, PdfTheme.Width))
            {
                flow.Text(PdfTheme.Left, flow.Y, line, FontRole.Muted, PdfTheme.Muted);
                flow.Advance(fonts.LineHeight(FontRole.Muted));
            }
        }
    }

    private static List<List<DrawOp>> Contents(PdfFontSet fonts, string title, IReadOnlyList<ContentsEntry> entries, Func<ContentsEntry, int> pageOf)
    {
        var flow = new PageFlow(fonts);
        flow.NewPage();
        flow.Text(PdfTheme.Left, flow.Y, title, FontRole.H1);
        flow.Advance(fonts.LineHeight(FontRole.H1));
        flow.Add(new LineOp(PdfTheme.Left, flow.Y + 2, PdfTheme.Right, flow.Y + 2, PdfTheme.Accent, 1.5));
        flow.Advance(14);

        var numberWidth = fonts.Width("0000", FontRole.Body);
        var lineHeight = fonts.LineHeight(FontRole.Body);
        foreach (var entry in entries)
        {
            var indent = (entry.Level - 1) * 14d;
            var role = entry.Level <= 1 ? FontRole.Body : FontRole.Muted;
            var lines = fonts.Wrap(entry.Text, role, PdfTheme.Width - indent - numberWidth - 16);
            flow.Ensure(lines.Count * lineHeight + 6);
            var y = flow.Y;
            foreach (var line in lines)
            {
                flow.Text(PdfTheme.Left + indent, y, line, role);
                y += lineHeight;
            }

            var lastBaseline = y - lineHeight + fonts.Ascent(role);
            var number = pageOf(entry).ToString(CultureInfo.InvariantCulture);
            var numberX = PdfTheme.Right - fonts.Width(number, FontRole.Body);
            var textEnd = PdfTheme.Left + indent + fonts.Width(lines[^1], role);
            flow.Add(new LineOp(textEnd + 4, lastBaseline, numberX - 4, lastBaseline, PdfTheme.Rule, 0.8, dotted: true));
            flow.Add(new TextOp(numberX, lastBaseline, number, FontRole.Body, PdfTheme.Text));
            flow.Advance(lines.Count * lineHeight + 6);
        }

        return flow.Pages;
    }
}

/// <summary>A rendered PDF and where its contents entries landed.</summary>
public sealed record PdfRendering(byte[] Bytes, int PageCount, IReadOnlyList<PdfContentsLine> Contents);

/// <summary>A contents entry and the page number printed beside it.</summary>
public sealed record PdfContentsLine(string Text, int Page);

/// <summary>Brushes and pens of one rendering, made once per colour.</summary>
internal sealed class PdfPainter(PdfFontSet fonts)
{
    private readonly Dictionary<uint, XSolidBrush> brushes = [];
    private readonly Dictionary<(uint, double, bool), XPen> pens = [];

    public PdfFontSet Fonts { get; } = fonts;

    public XSolidBrush Brush(uint rgb)
    {
        if (!brushes.TryGetValue(rgb, out var brush))
        {
            brush = new XSolidBrush(PdfTheme.Colour(rgb));
            brushes[rgb] = brush;
        }

        return brush;
    }

    public XPen Pen(uint rgb, double width) => GetPen(rgb, width, dotted: false);

    public XPen DottedPen(uint rgb, double width) => GetPen(rgb, width, dotted: true);

    private XPen GetPen(uint rgb, double width, bool dotted)
    {
        if (!pens.TryGetValue((rgb, width, dotted), out var pen))
        {
            pen = new XPen(PdfTheme.Colour(rgb), width);
            if (dotted)
            {
                pen.DashStyle = XDashStyle.Dot;
            }

            pens[(rgb, width, dotted)] = pen;
        }

        return pen;
    }
}
