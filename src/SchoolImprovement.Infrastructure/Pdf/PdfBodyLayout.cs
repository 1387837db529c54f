using System.Globalization;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>Lays the body's blocks onto pages: headings kept with what follows, paragraphs wrapped line by line, tables and charts split between rows.</summary>
internal sealed class PdfBodyLayout(PageFlow flow)
{
    private const double CellPadX = 4;
    private const double CellPadY = 3;
    private const double ChipPadX = 4;
    private const double ShortCell = 72;

    private PdfFontSet Fonts => flow.Fonts;

    public List<ContentsEntry> Contents { get; } = [];

    public void Lay(IReadOnlyList<PdfBlock> blocks)
    {
        flow.Ensure(0);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PdfHeading heading:
                    Heading(heading);
                    break;
                case PdfParagraph paragraph:
                    Paragraph(paragraph);
                    break;
                case PdfTable table:
                    Table(table);
                    break;
                case PdfBarChart chart:
                    Chart(chart);
                    break;
                case PdfPageBreak:
                    if (!flow.AtTop)
                    {
                        flow.NewPage();
                    }

                    break;
                default:
                    throw new NotSupportedException($"No layout for {block.GetType().Name}.");
            }
        }
    }

    private void Heading(PdfHeading heading)
    {
        var role = heading.Level switch { <= 1 => FontRole.H1, 2 => FontRole.H2, _ => FontRole.H3 };
        var (before, after) = heading.Level switch { <= 1 => (16d, 8d), 2 => (12d, 4d), _ => (8d, 3d) };
        var lines = Fonts.Wrap(heading.Text, role, PdfTheme.Width);
        var height = lines.Count * Fonts.LineHeight(role) + after;

        // Keep with next: the heading moves to a new page unless a few lines of what follows fit under it.
        flow.Ensure(before + height + 3 * Fonts.LineHeight(FontRole.Body));
        flow.Space(before);
        if (heading.Listed)
        {
            Contents.Add(new ContentsEntry(heading.Level, heading.Text, flow.PageIndex));
        }

        foreach (var line in lines)
        {
            flow.Text(PdfTheme.Left, flow.Y, line, role);
            flow.Advance(Fonts.LineHeight(role));
        }

        if (heading.Level <= 1)
        {
            flow.Add(new LineOp(PdfTheme.Left, flow.Y + 2, PdfTheme.Right, flow.Y + 2, PdfTheme.Accent, 1.5));
            flow.Advance(4);
        }

        flow.Advance(after);
    }

    private void Paragraph(PdfParagraph paragraph)
    {
        var (role, colour) = paragraph.Style switch
        {
            PdfTextStyle.Bold => (FontRole.Bold, PdfTheme.Text),
            PdfTextStyle.Muted => (FontRole.Muted, PdfTheme.Muted),
            _ => (FontRole.Body, PdfTheme.Text),
        };
        var indent = paragraph.Bullet ? 12d : 0d;
        var lineHeight = Fonts.LineHeight(role);
        var lines = Fonts.Wrap(paragraph.Text, role, PdfTheme.Width - indent);
        if (paragraph.KeepWithNext)
        {
            flow.Ensure((lines.Count + 2) * lineHeight);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            flow.Ensure(lineHeight);
            if (paragraph.Bullet && i == 0)
            {
                flow.Text(PdfTheme.Left + 2, flow.Y, "•", role, colour);
            }

            flow.Text(PdfTheme.Left + indent, flow.Y, lines[i], role, colour);
            flow.Advance(lineHeight);
        }

        flow.Advance(paragraph.SpaceAfter ?? (paragraph.Bullet ? 2 : 5));
    }

    private void Table(PdfTable table)
    {
        var columns = table.Columns.Count;
        if (columns == 0)
        {
            return;
        }

        var widths = ColumnWidths(table);
        var lineHeight = Fonts.LineHeight(FontRole.Table);
        var header = Row(table.Columns.Select(c => new PdfCell(c)).ToList(), widths, FontRole.TableBold);
        var captionHeight = table.Caption is null ? 0 : Fonts.LineHeight(FontRole.SmallBold) + 3;

        void Caption(bool continued)
        {
            if (table.Caption is { } caption)
            {
                var text = continued ? caption + " (continued)" : caption;
                flow.Text(PdfTheme.Left, flow.Y, Fonts.Fit(text, FontRole.SmallBold, PdfTheme.Width), FontRole.SmallBold, PdfTheme.Muted);
                flow.Advance(captionHeight);
            }
        }

        void Header()
        {
            DrawRow(header, widths, FontRole.TableBold, PdfTheme.HeaderFill);
            flow.Add(new LineOp(PdfTheme.Left, flow.Y, PdfTheme.Right, flow.Y, PdfTheme.Text, 0.8));
        }

        var rows = table.Rows.Select(r => Row(r, widths, FontRole.Table)).ToList();
        var first = rows.Count > 0 ? rows[0].Height : lineHeight + 2 * CellPadY;
        flow.Space(4);
        flow.Ensure(captionHeight + header.Height + first);
        Caption(false);
        Header();
        if (rows.Count == 0)
        {
            flow.Text(PdfTheme.Left + CellPadX, flow.Y + CellPadY, "None.", FontRole.Table, PdfTheme.Muted);
            flow.Advance(first);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (flow.Y + rows[i].Height > PdfTheme.Bottom)
            {
                // The table breaks here: its header row (and caption) start the next page.
                flow.NewPage();
                Caption(true);
                Header();
            }

            DrawRow(rows[i], widths, FontRole.Table, i % 2 == 1 ? PdfTheme.Zebra : null);
            flow.Add(new LineOp(PdfTheme.Left, flow.Y, PdfTheme.Right, flow.Y, PdfTheme.Rule, 0.4));
        }

        flow.Advance(8);
    }

    private sealed record LaidRow(IReadOnlyList<PdfCell> Cells, List<string>[] Lines, double Height);

    private LaidRow Row(IReadOnlyList<PdfCell> cells, double[] widths, FontRole role)
    {
        var lines = new List<string>[widths.Length];
        var most = 1;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Count ? cells[c] : null;
            lines[c] = cell is null ? [] : cell.Chip is null ? Fonts.Wrap(cell.Text, role, widths[c] - 2 * CellPadX) : [cell.Text];
            most = Math.Max(most, lines[c].Count);
        }

        return new LaidRow(cells, lines, most * Fonts.LineHeight(role) + 2 * CellPadY);
    }

    private void DrawRow(LaidRow row, double[] widths, FontRole role, uint? fill)
    {
        var top = flow.Y;
        if (fill is { } f)
        {
            flow.Add(new RectOp(PdfTheme.Left, top, PdfTheme.Width, row.Height, f, null));
        }

        var lineHeight = Fonts.LineHeight(role);
        var x = PdfTheme.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : null;
            if (cell?.Chip is { } chip && cell.Text.Length > 0)
            {
                var (chipFill, chipText) = PdfTheme.Chip(chip);
                var textWidth = Fonts.Width(cell.Text, FontRole.Chip);
                var chipHeight = lineHeight - 1;
                var chipTop = top + CellPadY + 0.5;
                flow.Add(new RectOp(x + CellPadX, chipTop, textWidth + 2 * ChipPadX, chipHeight, chipFill, null, 2));
                var baseline = chipTop + (chipHeight + Fonts.Ascent(FontRole.Chip) * 0.72) / 2;
                flow.Add(new TextOp(x + CellPadX + ChipPadX, baseline, cell.Text, FontRole.Chip, chipText));
            }
            else
            {
                var y = top + CellPadY;
                foreach (var line in row.Lines[c])
                {
                    flow.Text(x + CellPadX, y, line, role);
                    y += lineHeight;
                }
            }

            x += widths[c];
        }

        flow.Advance(row.Height);
    }

    /// <summary>Widths from the content: each column at least its longest word (or chip), the rest shared by how much more each would like.</summary>
    private double[] ColumnWidths(PdfTable table)
    {
        var count = table.Columns.Count;
        var natural = new double[count];
        var minimum = new double[count];
        for (var c = 0; c < count; c++)
        {
            natural[c] = Fonts.Width(table.Columns[c], FontRole.TableBold);
            minimum[c] = Fonts.LongestWord(table.Columns[c], FontRole.TableBold);
        }

        foreach (var row in table.Rows)
        {
            for (var c = 0; c < Math.Min(count, row.Count); c++)
            {
                var cell = row[c];
                if (cell.Chip is not null)
                {
                    var chip = Fonts.Width(cell.Text, FontRole.Chip) + 2 * ChipPadX;
                    natural[c] = Math.Max(natural[c], chip);
                    minimum[c] = Math.Max(minimum[c], chip);
                    continue;
                }

                var width = Fonts.Width(cell.Text, FontRole.Table);
                natural[c] = Math.Max(natural[c], width);
                // Short cells (dates, numbers, short names) stay on one line when the table can afford it.
                minimum[c] = Math.Max(minimum[c], width <= ShortCell ? width : Fonts.LongestWord(cell.Text, FontRole.Table));
            }
        }

        for (var c = 0; c < count; c++)
        {
            natural[c] += 2 * CellPadX;
            minimum[c] = Math.Min(minimum[c] + 2 * CellPadX, PdfTheme.Width / 2);
        }

        var available = PdfTheme.Width;
        var naturalSum = natural.Sum();
        var widths = new double[count];
        if (naturalSum <= available)
        {
            for (var c = 0; c < count; c++)
            {
                widths[c] = natural[c] + (available - naturalSum) * natural[c] / naturalSum;
            }

            return widths;
        }

        var minimumSum = minimum.Sum();
        if (minimumSum >= available)
        {
            for (var c = 0; c < count; c++)
            {
                widths[c] = minimum[c] * available / minimumSum;
            }

            return widths;
        }

        // Narrow columns (names, dates, chips) get their whole width first, smallest first, while the others can still
        // have their minimum; the long-text columns share what is left and wrap.
        var fixedColumns = new bool[count];
        var fixedWidth = 0d;
        foreach (var c in Enumerable.Range(0, count).OrderBy(c => natural[c]))
        {
            var othersMinimum = Enumerable.Range(0, count).Where(o => o != c && !fixedColumns[o]).Sum(o => minimum[o]);
            // ...but never more than 60% of the width in all: the long-text columns must not be squeezed to a word a line.
            if (natural[c] <= available * 0.45 && fixedWidth + natural[c] <= available * 0.6 && fixedWidth + natural[c] + othersMinimum <= available)
            {
                widths[c] = natural[c];
                fixedColumns[c] = true;
                fixedWidth += natural[c];
            }
        }

        var flexible = Enumerable.Range(0, count).Where(c => !fixedColumns[c]).ToList();
        if (flexible.Count == 0)
        {
            for (var c = 0; c < count; c++)
            {
                widths[c] = natural[c] * available / naturalSum;
            }

            return widths;
        }

        var left = available - fixedWidth - flexible.Sum(c => minimum[c]);
        var wants = flexible.Sum(c => natural[c] - minimum[c]);
        foreach (var c in flexible)
        {
            widths[c] = minimum[c] + (wants > 0 ? left * (natural[c] - minimum[c]) / wants : left / flexible.Count);
        }

        return widths;
    }

    private void Chart(PdfBarChart chart)
    {
        const double barHeight = 8;
        const double barGap = 2;
        const double groupGap = 8;
        const double legendHeight = 16;
        const double axisHeight = 24;
        var small = Fonts.LineHeight(FontRole.Small);
        var titleHeight = Fonts.LineHeight(FontRole.H3) + 4;

        var valueColumn = 40d;
        var values = chart.Groups.SelectMany(g => new[] { g.Value, g.National, g.Target }).Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        var (axisMin, axisMax, step) = Scale(values);
        var labelWidth = Math.Min(PdfTheme.Width * 0.36, chart.Groups.Select(g => Fonts.Width(g.Label, FontRole.Table)).DefaultIfEmpty(40).Max() + 8);
        var plotLeft = PdfTheme.Left + labelWidth + 6;
        var plotWidth = PdfTheme.Right - plotLeft - valueColumn - 8;
        var valueX = PdfTheme.Right - valueColumn;
        double X(double v) => plotLeft + (v - axisMin) / (axisMax - axisMin) * plotWidth;

        var groups = chart.Groups.Select(g =>
        {
            var label = Fonts.Wrap(g.Label, FontRole.Table, labelWidth);
            var height = Math.Max(label.Count * Fonts.LineHeight(FontRole.Table) + (g.Target is null ? 0 : small), 2 * barHeight + barGap) + groupGap;
            return (Group: g, Label: label, Height: height);
        }).ToList();

        void Title(bool continued)
        {
            flow.Text(PdfTheme.Left, flow.Y, continued ? chart.Title + " (continued)" : chart.Title, FontRole.H3);
            flow.Advance(titleHeight);
            var x = PdfTheme.Left;
            foreach (var (text, colour, marker) in new[] { (chart.ValueLegend, PdfTheme.Accent, false), ("National", PdfTheme.National, false), ("Target", PdfTheme.Text, true) })
            {
                if (marker)
                {
                    flow.Add(new LineOp(x + 4, flow.Y, x + 4, flow.Y + 9, colour, 1.6));
                }
                else
                {
                    flow.Add(new RectOp(x, flow.Y + 1, 9, 8, colour, null));
                }

                flow.Text(x + 13, flow.Y, text, FontRole.Small, PdfTheme.Text);
                x += 13 + Fonts.Width(text, FontRole.Small) + 16;
            }

            flow.Advance(legendHeight);
        }

        // The axis and gridlines of the groups drawn since plotTop; gridlines go under the bars.
        void Axis(double plotTop, int insertAt)
        {
            var bottom = flow.Y - groupGap / 2;
            var grid = new List<DrawOp>();
            for (var v = axisMin; v <= axisMax + step / 1000; v += step)
            {
                var x = X(v);
                grid.Add(new LineOp(x, plotTop - 2, x, bottom, Math.Abs(v) < step / 1000 ? PdfTheme.Muted : PdfTheme.Grid, 0.5));
                var label = FormatValue(v, chart.Unit);
                flow.Text(x - Fonts.Width(label, FontRole.Small) / 2, bottom + 3, label, FontRole.Small, PdfTheme.Muted);
            }

            flow.Current.InsertRange(insertAt, grid);
            flow.Add(new LineOp(plotLeft, bottom, plotLeft + plotWidth, bottom, PdfTheme.Muted, 0.6));
            if (chart.Unit != "%")
            {
                flow.Text(plotLeft + plotWidth - Fonts.Width(chart.Unit, FontRole.Small), bottom + 3 + small, chart.Unit, FontRole.Small, PdfTheme.Muted);
            }

            flow.Advance(axisHeight);
        }

        flow.Space(6);
        flow.Ensure(titleHeight + legendHeight + (groups.Count > 0 ? groups[0].Height : 0) + axisHeight);
        Title(false);
        var top = flow.Y;
        var insert = flow.Current.Count;
        foreach (var (group, label, height) in groups)
        {
            if (flow.Y + height + axisHeight > PdfTheme.Bottom)
            {
                Axis(top, insert);
                flow.NewPage();
                Title(true);
                top = flow.Y;
                insert = flow.Current.Count;
            }

            var y = flow.Y;
            foreach (var line in label)
            {
                flow.Text(PdfTheme.Left, y, line, FontRole.Table);
                y += Fonts.LineHeight(FontRole.Table);
            }

            if (group.Target is { } targetValue)
            {
                flow.Text(PdfTheme.Left, y, "Target " + FormatValue((double)targetValue, chart.Unit), FontRole.Small, PdfTheme.Muted);
            }

            Bar(group.Value, flow.Y, PdfTheme.Accent, PdfTheme.Text);
            Bar(group.National, flow.Y + barHeight + barGap, PdfTheme.National, PdfTheme.Muted);
            if (group.Target is { } target)
            {
                var x = X((double)target);
                flow.Add(new LineOp(x, flow.Y - 2, x, flow.Y + 2 * barHeight + barGap + 2, PdfTheme.Text, 1.6));
            }

            flow.Advance(height);
        }

        Axis(top, insert);
        flow.Advance(4);

        void Bar(decimal? value, double y, uint colour, uint textColour)
        {
            if (value is not { } v)
            {
                flow.Text(valueX + valueColumn - Fonts.Width("no data", FontRole.Small), y + (barHeight - Fonts.LineHeight(FontRole.Small)) / 2, "no data", FontRole.Small, PdfTheme.Muted);
                return;
            }

            var (from, to) = (X(Math.Min(0, (double)v)), X(Math.Max(0, (double)v)));
            flow.Add(new RectOp(from, y, Math.Max(to - from, 0.8), barHeight, colour, null));
            // Values in their own column right of the plot, where no bar or target marker can cross them.
            var text = FormatValue((double)v, chart.Unit);
            var textTop = y + (barHeight - Fonts.LineHeight(FontRole.Small)) / 2;
            flow.Text(valueX + valueColumn - Fonts.Width(text, FontRole.Small), textTop, text, FontRole.Small, textColour);
        }
    }

    internal static string FormatValue(double value, string unit)
    {
        var rounded = Math.Round(value, 2);
        var text = (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
        return unit == "%" ? text + "%" : text;
    }

    /// <summary>An axis from 0 (or below, for negative values) to a round number, in 3 to 6 round steps.</summary>
    internal static (double Min, double Max, double Step) Scale(IReadOnlyCollection<double> values)
    {
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var max = Math.Max(0, values.DefaultIfEmpty(0).Max());
        if (max - min < 1e-9)
        {
            max = min + 1;
        }

        var rough = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }
}
