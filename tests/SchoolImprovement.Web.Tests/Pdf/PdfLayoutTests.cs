using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SchoolImprovement.Infrastructure.Pdf;

namespace SchoolImprovement.Web.Tests.Pdf;

/// <summary>
/// The PDF layout module (document model → A4 pages), checked through what poppler's pdftotext reads back from the
/// PDF: wrapping inside the margins, tables breaking across pages with their header row repeated, contents page
/// numbers, "Page x of y", charts, and fonts that fail clearly when missing.
/// </summary>
public sealed class PdfLayoutTests
{
    private const double PageWidth = 595.28;
    private const double Margin = 56;

    private static PdfDocumentModel Document(params PdfBlock[] blocks) =>
        new("Layout test", new PdfCover("Layout test cover", "Subtitle", [new PdfCoverLine("Trust", "Test Trust")]), "Contents", "Test Trust header", "Edition 1", "Test Trust footer", blocks);

    private static string Words(int count, string prefix) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}")));

    [SkippableFact]
    public void A_long_paragraph_wraps_onto_many_lines_inside_the_margins_with_every_word_in_order()
    {
        PdfText.SkipUnlessInstalled();
        var text = Words(400, "word");
        var pdf = PdfLayout.Render(Document(new PdfHeading(1, "Wrapping"), new PdfParagraph(text)));

        var words = PdfText.Words(pdf).Where(w => w.Text.StartsWith("word", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"word{i}"), words.Select(w => w.Text));
        Assert.All(words, w => Assert.InRange(w.XMin, Margin - 0.5, PageWidth - Margin + 0.5));
        Assert.All(words, w => Assert.InRange(w.XMax, Margin - 0.5, PageWidth - Margin + 0.5));
        var lines = words.Select(w => (w.Page, Math.Round(w.YMin))).Distinct().Count();
        Assert.True(lines >= 20, $"400 words should wrap onto 20 or more lines; found {lines}");
        // Lines are filled: the right edge of most lines is near the right margin.
        var rightEdges = words.GroupBy(w => (w.Page, Math.Round(w.YMin))).Select(g => g.Max(w => w.XMax)).ToList();
        Assert.True(rightEdges.Count(x => x > PageWidth - Margin - 40) >= rightEdges.Count - 2, "wrapped lines should reach close to the right margin");
    }

    [SkippableFact]
    public void A_word_longer_than_the_line_is_broken_rather_than_running_off_the_page()
    {
        PdfText.SkipUnlessInstalled();
        var hash = string.Concat(Enumerable.Repeat("0123456789abcdef", 12));
        var pdf = PdfLayout.Render(Document(new PdfParagraph(hash)));

        var words = PdfText.Words(pdf).Where(w => w.Text.All(Uri.IsHexDigit) && w.Text.Length > 8).ToList();
        Assert.True(words.Count >= 2, "the 192-character word should be broken over two or more lines");
        Assert.Equal(hash, string.Concat(words.Select(w => w.Text)));
        Assert.All(words, w => Assert.True(w.XMax <= PageWidth - Margin + 0.5, $"{w.Text} runs to {w.XMax}"));
    }

    [SkippableFact]
    public void A_table_breaking_across_pages_repeats_its_header_row_at_the_top_of_every_page_it_continues_on()
    {
        PdfText.SkipUnlessInstalled();
        var rows = Enumerable.Range(1, 150)
            .Select(i => (IReadOnlyList<PdfCell>)[new PdfCell($"Row{i:000} school"), new PdfCell(i % 3 == 0 ? "Red" : "Green", i % 3 == 0 ? PdfChip.Red : PdfChip.Green), new PdfCell("A short note that may wrap in a narrow column of the table")])
            .ToList();
        var rendering = PdfLayout.Lay(Document(new PdfHeading(1, "Table section"), new PdfTable("Schools by category", ["School name", "Category", "Note"], rows)));
        var pdf = rendering.Bytes;

        var words = PdfText.Words(pdf);
        var rowPages = words.Where(w => w.Text.StartsWith("Row", StringComparison.Ordinal)).GroupBy(w => w.Page).ToList();
        Assert.True(rowPages.Count >= 3, $"150 rows should break over 3 or more pages; found {rowPages.Count}");
        Assert.Equal(150, rowPages.Sum(p => p.Count()));
        foreach (var page in rowPages)
        {
            var firstRowTop = page.Min(w => w.YMin);
            var header = words.Where(w => w.Page == page.Key && w.Text is "School" or "Category" or "Note" && w.YMin < firstRowTop).ToList();
            Assert.True(header.Select(w => w.Text).Distinct().Count() == 3, $"page {page.Key}: the header row (School name, Category, Note) is not above the first row");
            var pageText = PdfText.Flat(PdfText.Of(pdf, page.Key));
            Assert.Contains("School name", pageText, StringComparison.Ordinal);
            if (page.Key != rowPages[0].Key)
            {
                Assert.Contains("Schools by category (continued)", pageText, StringComparison.Ordinal);
            }
        }

        // Rows are never split or repeated: every row number once, in order.
        var order = words.Where(w => w.Text.StartsWith("Row", StringComparison.Ordinal)).Select(w => int.Parse(w.Text[3..], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 150), order);
    }

    [SkippableFact]
    public void Chips_sit_inside_their_column_on_the_row_of_their_school()
    {
        PdfText.SkipUnlessInstalled();
        var rows = Enumerable.Range(1, 20)
            .Select(i => (IReadOnlyList<PdfCell>)[new PdfCell($"School{i:00}"), new PdfCell(i % 2 == 0 ? "Amber" : "Green", i % 2 == 0 ? PdfChip.Amber : PdfChip.Green)])
            .ToList();
        var words = PdfText.Words(PdfLayout.Render(Document(new PdfTable(null, ["School", "Category"], rows))));

        var header = words.Single(w => w.Text == "Category");
        foreach (var school in words.Where(w => w.Text.StartsWith("School", StringComparison.Ordinal) && w.Text.Length > 6))
        {
            var chip = words.Single(w => w.Page == school.Page && w.Text is "Amber" or "Green" && Math.Abs(w.YMin - school.YMin) < 3);
            Assert.True(chip.XMin >= header.XMin - 1, $"{school.Text}: chip at {chip.XMin} is left of its column at {header.XMin}");
        }
    }

    [SkippableFact]
    public void Contents_page_numbers_are_the_pages_the_sections_start_on()
    {
        PdfText.SkipUnlessInstalled();
        var blocks = new List<PdfBlock>();
        var titles = new[] { "Alpha section", "Bravo section", "Charlie section", "Delta section", "Echo section" };
        for (var s = 0; s < titles.Length; s++)
        {
            blocks.Add(new PdfHeading(1, titles[s]));
            blocks.Add(new PdfParagraph(Words(1400 + s * 300, $"s{s}w")));
            if (s == 2)
            {
                blocks.Add(new PdfPageBreak());
            }
        }

        var rendering = PdfLayout.Lay(Document([.. blocks]));
        var pages = PdfText.Pages(rendering.Bytes);
        var contents = PdfText.Flat(pages[1]);
        Assert.StartsWith("Test Trust header", contents, StringComparison.Ordinal);
        Assert.Contains("Contents", contents, StringComparison.Ordinal);
        foreach (var title in titles)
        {
            var match = Regex.Match(contents, Regex.Escape(title) + @" (\d+)");
            Assert.True(match.Success, $"{title} is not on the contents page: {contents}");
            var page = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Contains(title, pages[page - 1], StringComparison.Ordinal);
            if (page - 1 > 2)
            {
                // The page before is a body page (page 2 is the contents, which names every section).
                Assert.DoesNotContain(title, pages[page - 2], StringComparison.Ordinal);
            }

            Assert.Equal(page, rendering.Contents.Single(c => c.Text == title).Page);
        }

        // The sections are spread over pages (the test is not trivially page 3 for all).
        Assert.True(rendering.Contents.Select(c => c.Page).Distinct().Count() == titles.Length);
    }

    [SkippableFact]
    public void Every_page_but_the_cover_has_the_running_header_and_page_x_of_y()
    {
        PdfText.SkipUnlessInstalled();
        var rendering = PdfLayout.Lay(Document(new PdfHeading(1, "Long"), new PdfParagraph(Words(3000, "w"))));
        var pages = PdfText.Pages(rendering.Bytes);

        Assert.True(pages.Count >= 4);
        Assert.Equal(rendering.PageCount, pages.Count);
        Assert.DoesNotContain("Page 1 of", pages[0], StringComparison.Ordinal);
        Assert.Contains("Layout test cover", pages[0], StringComparison.Ordinal);
        for (var i = 1; i < pages.Count; i++)
        {
            var text = PdfText.Flat(pages[i]);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {pages.Count}"), text, StringComparison.Ordinal);
            Assert.Contains("Test Trust header", text, StringComparison.Ordinal);
            Assert.Contains("Edition 1", text, StringComparison.Ordinal);
            Assert.Contains("Test Trust footer", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_bar_chart_draws_its_title_legend_labels_values_and_axis_including_negative_values()
    {
        PdfText.SkipUnlessInstalled();
        var pdf = PdfLayout.Render(Document(
            new PdfBarChart("Key Stage 2 chart", "%", [new PdfBarGroup("Reading", 73.5m, 74m, 76m), new PdfBarGroup("Writing", 70m, null, 75m), new PdfBarGroup("Spelling", null, 72m, null)]),
            new PdfBarChart("Key Stage 4 chart", "points", [new PdfBarGroup("Progress 8", -0.21m, -0.03m, 0m)])));

        var text = PdfText.Flat(PdfText.Of(pdf));
        Assert.Contains("Key Stage 2 chart", text, StringComparison.Ordinal);
        foreach (var expected in new[] { "Trust", "National", "Target", "Reading", "Writing", "Spelling", "73.5%", "74%", "70%", "72%", "0%", "80%", "no data", "Key Stage 4 chart", "Progress 8", "-0.21", "-0.03", "points" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Value labels sit to the right of the axis' zero for positive values.
        var words = PdfText.Words(pdf);
        var zero = words.First(w => w.Text == "0%");
        Assert.True(words.Single(w => w.Text == "73.5%").XMin > zero.XMax);
    }

    [SkippableFact]
    public void The_shipped_dejavu_fonts_are_embedded_in_the_pdf()
    {
        PdfText.SkipUnlessInstalled();
        var pdf = PdfLayout.Render(Document(new PdfParagraph("Plain text"), new PdfParagraph("Bold text", PdfTextStyle.Bold)));
        var fonts = PdfText.Fonts(pdf);
        // pdffonts: name, type, encoding, emb, sub, uni: both faces embedded (subset) with a Unicode map.
        Assert.Matches(@"\+DejaVu Sans,Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
        Assert.Matches(@"\+DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
        Assert.Contains("Bold text", PdfText.Of(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_fails_clearly_naming_the_font_and_never_yields_a_pdf()
    {
        Stream? WithoutBold(string file) => file == "DejaVuSans-Bold.ttf" ? null : PdfFonts.OpenEmbedded(file);

        var error = Assert.Throws<PdfFontMissingException>(() => PdfFonts.Load(WithoutBold));
        Assert.Equal("DejaVuSans-Bold.ttf", error.Font);
        Assert.Contains("DejaVuSans-Bold.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("No PDF can be drawn", error.Message, StringComparison.Ordinal);

        var notAFont = Assert.Throws<PdfFontMissingException>(() => PdfFonts.Load(file => new MemoryStream(new byte[64])));
        Assert.Equal("DejaVuSans.ttf", notAFont.Font);
    }

    [Fact]
    public async Task The_pdf_fonts_health_check_is_unhealthy_naming_a_missing_font_and_healthy_with_the_shipped_ones()
    {
        var missing = await new PdfFontsHealthCheck(file => file == "DejaVuSans.ttf" ? null : PdfFonts.OpenEmbedded(file)).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, missing.Status);
        Assert.Contains("DejaVuSans.ttf", missing.Description, StringComparison.Ordinal);

        var shipped = await new PdfFontsHealthCheck().CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Healthy, shipped.Status);
    }

    [Fact]
    public void The_fonts_licence_ships_beside_the_fonts()
    {
        using var licence = PdfFonts.OpenEmbedded("LICENSE-DejaVu.txt");
        Assert.NotNull(licence);
        using var reader = new StreamReader(licence);
        var text = reader.ReadToEnd();
        Assert.Contains("Bitstream Vera", text, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted", text, StringComparison.Ordinal);
    }
}
