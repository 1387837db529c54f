using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>Page geometry, type sizes and colours of every PDF the portal draws (GOV.UK-like palette).</summary>
internal static class PdfTheme
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 56;
    public const double Right = PageWidth - 56;
    public const double Width = Right - Left;
    public const double Top = 70;
    public const double Bottom = PageHeight - 62;
    public const double HeaderBaseline = 38;
    public const double HeaderRule = 46;
    public const double FooterRule = PageHeight - 46;
    public const double FooterBaseline = PageHeight - 32;

    public const uint Text = 0x0B0C0C;
    public const uint Muted = 0x505A5F;
    public const uint Accent = 0x1D70B8;
    public const uint Rule = 0xB1B4B6;
    public const uint HeaderFill = 0xF3F2F1;
    public const uint Zebra = 0xF8F8F8;
    public const uint National = 0x9AA0A4;
    public const uint Grid = 0xE3E3E3;
    public const uint White = 0xFFFFFF;
    public const uint Red = 0xD4351C;
    public const uint Amber = 0xF47738;
    public const uint Green = 0x00703C;

    public static (uint Fill, uint Text) Chip(PdfChip chip) => chip switch
    {
        PdfChip.Red => (Red, White),
        PdfChip.Amber => (Amber, Text),
        PdfChip.Green => (Green, White),
        _ => (Rule, Text),
    };

    public static XColor Colour(uint rgb) => XColor.FromArgb((int)((rgb >> 16) & 0xFF), (int)((rgb >> 8) & 0xFF), (int)(rgb & 0xFF));
}

/// <summary>The type styles of the layout.</summary>
internal enum FontRole
{
    Body,
    Bold,
    Muted,
    Small,
    SmallBold,
    Table,
    TableBold,
    Chip,
    H1,
    H2,
    H3,
    CoverTitle,
    CoverSubtitle,
}

/// <summary>The fonts of one rendering, with line metrics and a width cache (PDFsharp does not kern, so a line's width is the sum of its words').</summary>
internal sealed class PdfFontSet
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly int RoleCount = Enum.GetValues<FontRole>().Length;

    private readonly XFont[] fonts = new XFont[RoleCount];
    private readonly double[] lineHeights = new double[RoleCount];
    private readonly double[] ascents = new double[RoleCount];
    private readonly double[] spaces = new double[RoleCount];
    private readonly Dictionary<string, double>[] widths = new Dictionary<string, double>[RoleCount];
    private readonly XGraphics measure;

    public PdfFontSet(XGraphics measure)
    {
        this.measure = measure;
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var (size, bold) = Style(role);
            var font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            var i = (int)role;
            fonts[i] = font;
            lineHeights[i] = font.GetHeight();
            ascents[i] = size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
            widths[i] = new Dictionary<string, double>(StringComparer.Ordinal);
            spaces[i] = measure.MeasureString(" ", font).Width;
        }
    }

    public static (double Size, bool Bold) Style(FontRole role) => role switch
    {
        FontRole.Body => (9.5, false),
        FontRole.Bold => (9.5, true),
        FontRole.Muted => (8.5, false),
        FontRole.Small => (7.5, false),
        FontRole.SmallBold => (7.5, true),
        FontRole.Table => (8, false),
        FontRole.TableBold => (8, true),
        FontRole.Chip => (7, true),
        FontRole.H1 => (16, true),
        FontRole.H2 => (11.5, true),
        FontRole.H3 => (10, true),
        FontRole.CoverTitle => (24, true),
        FontRole.CoverSubtitle => (14, false),
        _ => (9.5, false),
    };

    public XFont Font(FontRole role) => fonts[(int)role];

    public double LineHeight(FontRole role) => lineHeights[(int)role];

    public double Ascent(FontRole role) => ascents[(int)role];

    public double Width(string text, FontRole role)
    {
        var cache = widths[(int)role];
        if (cache.TryGetValue(text, out var width))
        {
            return width;
        }

        width = text.Length == 0 ? 0 : measure.MeasureString(text, fonts[(int)role]).Width;
        cache[text] = width;
        return width;
    }

    /// <summary>The widest single word: the narrowest a column can be without breaking words.</summary>
    public double LongestWord(string text, FontRole role)
    {
        var longest = 0d;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            longest = Math.Max(longest, Width(word, role));
        }

        return longest;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>: at spaces, or inside a word too long for a line.</summary>
    public List<string> Wrap(string text, FontRole role, double width)
    {
        var lines = new List<string>();
        var space = spaces[(int)role];
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0d;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Width(word, role);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth <= width)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                // A word longer than the line (a hash, a long URL): break it between characters.
                foreach (var ch in word)
                {
                    var chWidth = Width(ch.ToString(), role);
                    if (line.Length > 0 && lineWidth + chWidth > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(ch);
                    lineWidth += chWidth;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Shortens text with an ellipsis to fit <paramref name="width"/> (running headers and footers).</summary>
    public string Fit(string text, FontRole role, double width)
    {
        if (Width(text, role) <= width)
        {
            return text;
        }

        var end = text.Length;
        while (end > 0 && Width(string.Concat(text.AsSpan(0, end), "…"), role) > width)
        {
            end -= Math.Max(1, (end - 1) / 8);
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }
}
