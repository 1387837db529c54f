using PdfSharp.Drawing;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>One drawing instruction on a laid-out page (positions in points from the top left).</summary>
internal abstract class DrawOp
{
    public abstract void Draw(XGraphics g, PdfPainter painter);
}

internal sealed class TextOp(double x, double baseline, string text, FontRole role, uint colour) : DrawOp
{
    public override void Draw(XGraphics g, PdfPainter painter) =>
        g.DrawString(text, painter.Fonts.Font(role), painter.Brush(colour), x, baseline, XStringFormats.BaseLineLeft);
}

internal sealed class RectOp(double x, double y, double width, double height, uint? fill, uint? stroke, double radius = 0) : DrawOp
{
    public override void Draw(XGraphics g, PdfPainter painter)
    {
        var pen = stroke is { } s ? painter.Pen(s, 0.5) : null;
        var brush = fill is { } f ? painter.Brush(f) : null;
        if (radius > 0)
        {
            var corner = new XSize(radius * 2, radius * 2);
            if (pen is null)
            {
                g.DrawRoundedRectangle(brush!, x, y, width, height, corner.Width, corner.Height);
            }
            else
            {
                g.DrawRoundedRectangle(pen, brush, new XRect(x, y, width, height), corner);
            }

            return;
        }

        if (pen is null)
        {
            g.DrawRectangle(brush!, x, y, width, height);
        }
        else if (brush is null)
        {
            g.DrawRectangle(pen, x, y, width, height);
        }
        else
        {
            g.DrawRectangle(pen, brush, x, y, width, height);
        }
    }
}

internal sealed class LineOp(double x1, double y1, double x2, double y2, uint colour, double width, bool dotted = false) : DrawOp
{
    public override void Draw(XGraphics g, PdfPainter painter) =>
        g.DrawLine(dotted ? painter.DottedPen(colour, width) : painter.Pen(colour, width), x1, y1, x2, y2);
}

/// <summary>A heading listed on the contents page, with the body page it starts on (0-based within the body).</summary>
internal sealed record ContentsEntry(int Level, string Text, int BodyPage);

/// <summary>
/// Pages being filled top to bottom: a cursor, the current page's drawing instructions, and a new page when the next
/// thing does not fit.
/// </summary>
internal sealed class PageFlow(PdfFontSet fonts)
{
    public PdfFontSet Fonts { get; } = fonts;

    public List<List<DrawOp>> Pages { get; } = [];

    public double Y { get; set; } = double.MaxValue;

    public bool AtTop { get; private set; }

    public List<DrawOp> Current => Pages[^1];

    public int PageIndex => Pages.Count - 1;

    public double Room => PdfTheme.Bottom - Y;

    public void NewPage()
    {
        Pages.Add([]);
        Y = PdfTheme.Top;
        AtTop = true;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is still empty: then it goes here however tall).</summary>
    public void Ensure(double height)
    {
        if (Pages.Count == 0 || (Y + height > PdfTheme.Bottom && !AtTop))
        {
            NewPage();
        }
    }

    public void Add(DrawOp op)
    {
        Current.Add(op);
        AtTop = false;
    }

    public void Text(double x, double top, string text, FontRole role, uint colour = PdfTheme.Text) =>
        Add(new TextOp(x, top + Fonts.Ascent(role), text, role, colour));

    public void Advance(double height)
    {
        Y += height;
        AtTop = false;
    }

    /// <summary>Vertical space, dropped at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtTop)
        {
            Y += height;
        }
    }
}
