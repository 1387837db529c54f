using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Infrastructure.Pdf;
using SchoolImprovement.Web.Features.Committee;
using SchoolImprovement.Web.Features.Committee.Pdf;
using SchoolImprovement.Web.Tests.Pdf;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// The committee pack as a PDF (<see cref="PackPdf"/>): everything the content names is in the text pdftotext reads
/// back, the cover states the edition and hash, a 200-school pack renders, and the renderer and its font health check
/// are what the portal registers.
/// </summary>
public sealed class PackPdfTests
{
    private readonly PackPdf renderer = new();

    [SkippableFact]
    public void Every_section_title_and_every_school_named_in_the_content_appear_in_the_pdf_text()
    {
        PdfText.SkipUnlessInstalled();
        var content = PackPdfSamples.Content(30);
        var text = PdfText.Flat(PdfText.Of(renderer.Render(content, PackPdfSamples.Published)));

        Assert.Equal(12, content.Sections.Count);
        foreach (var section in content.Sections)
        {
            Assert.Contains(section.Title, text, StringComparison.Ordinal);
            Assert.Contains(PdfText.Flat(section.Summary), text, StringComparison.Ordinal);
        }

        var named = content.Items.Select(i => i.SchoolName)
            .Concat(content.Sections.SelectMany(s => s.Tables).SelectMany(t => t.Rows).Where(r => r.SchoolId is not null).Select(r => r.Cells[0].Text))
            .Distinct()
            .ToList();
        Assert.Equal(30, named.Count);
        Assert.All(named, school => Assert.Contains(school, text, StringComparison.Ordinal));
        Assert.All(content.Items, item => Assert.Contains(PdfText.Flat(item.Text), text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Each_section_says_what_changed_since_the_last_pack_and_what_is_for_decision_or_information()
    {
        PdfText.SkipUnlessInstalled();
        var content = PackPdfSamples.Content(12);
        var pages = PdfText.Pages(renderer.Render(content, PackPdfSamples.Published)).Select(PdfText.Flat).ToList();

        var concern = pages.Single(p => p.Contains("Schools causing concern Summary", StringComparison.Ordinal) || p.Contains("1 newly designated since the last pack", StringComparison.Ordinal));
        Assert.Contains("Changes since the last pack", concern, StringComparison.Ordinal);
        Assert.Contains("For information", concern, StringComparison.Ordinal);
        Assert.Contains("New designation, for information", concern, StringComparison.Ordinal);

        var recommendations = pages.Single(p => p.Contains("recommendations from the boards await", StringComparison.Ordinal));
        Assert.Contains("For decision", recommendations, StringComparison.Ordinal);
        Assert.Contains("Deferred on 12 July 2026: awaiting the summer results", recommendations, StringComparison.Ordinal);
        Assert.Contains("No changes since the pack for 9 July 2026.", recommendations, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_cover_names_the_trust_meeting_edition_hash_and_correction_and_a_draft_says_it_is_not_for_circulation()
    {
        PdfText.SkipUnlessInstalled();
        var content = PackPdfSamples.Content(8);
        var published = PdfText.Flat(PdfText.Pages(renderer.Render(content, PackPdfSamples.Published))[0]);
        Assert.Contains("Derby Diocesan Academy Trust", published, StringComparison.Ordinal);
        Assert.Contains("Pack for the meeting on 3 December 2026", published, StringComparison.Ordinal);
        Assert.Contains("Version 2, published 3 December 2026", published, StringComparison.Ordinal);
        Assert.Contains(PackPdfSamples.Published.Hash!, published.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("The allocation table counted a cancelled visit as used", published, StringComparison.Ordinal);
        Assert.Contains("26 November 2026 at 16:05", published, StringComparison.Ordinal);

        var draftPages = PdfText.Pages(renderer.Render(content, PackPdfSamples.Draft));
        Assert.Contains("Draft, not for circulation", PdfText.Flat(draftPages[0]), StringComparison.Ordinal);
        Assert.All(draftPages.Skip(1), page => Assert.Contains("Draft, not for circulation", page, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_contents_lists_every_section_on_the_page_it_starts_on()
    {
        PdfText.SkipUnlessInstalled();
        var content = PackPdfSamples.Content(60);
        var rendering = PdfLayout.Lay(PackPdf.Document(content, PackPdfSamples.Published));
        var pages = PdfText.Pages(rendering.Bytes);

        Assert.Equal(content.Sections.Select(s => s.Title), rendering.Contents.Select(c => c.Text));
        foreach (var entry in rendering.Contents)
        {
            Assert.Contains($"{entry.Text} {entry.Page}", PdfText.Flat(pages[1]), StringComparison.Ordinal);
            var start = PdfText.Flat(pages[entry.Page - 1]);
            // Each section starts a page: its title is the first thing under the running header.
            Assert.Contains($"Version 2, published 3 December 2026 {entry.Text}", start, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_200_school_pack_renders_every_school_within_the_memory_budget()
    {
        PdfText.SkipUnlessInstalled();
        var content = PackPdfSamples.Content(200);
        renderer.Render(PackPdfSamples.Content(10), PackPdfSamples.Published);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var pdf = renderer.Render(content, PackPdfSamples.Published);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        if (Environment.GetEnvironmentVariable("PACK_PDF_SAMPLE") is { Length: > 0 } sample)
        {
            File.WriteAllBytes(sample, pdf);
            var runs = Enumerable.Range(0, 5).Select(_ =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var bytes = renderer.Render(content, PackPdfSamples.Published);
                return (watch.Elapsed.TotalMilliseconds, (GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0, bytes.Length);
            }).ToList();
            File.WriteAllLines(sample + ".txt", runs.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Item1:0} ms, {r.Item2:0.0} MB allocated, {r.Length / 1024} KB")));
        }

        var pages = PdfText.Pages(pdf);
        var text = PdfText.Flat(string.Join(' ', pages));
        Assert.All(Enumerable.Range(0, 200).Select(PackPdfSamples.SchoolName), school => Assert.Contains(school, text, StringComparison.Ordinal));
        Assert.True(pages.Count >= 15, $"a 200-school pack should take 15 or more pages; it took {pages.Count}");
        // Time is measured in bench/ (CommitteePackBenchmarks), never here; allocation does not depend on the machine's load.
        Assert.True(allocated < 200L * 1024 * 1024, $"rendering allocated {allocated / 1024 / 1024} MB");
    }

    [Fact]
    public async Task The_portal_registers_pack_pdf_and_a_healthy_pdf_fonts_check()
    {
        await using var factory = new PortalFactory();
        Assert.IsType<PackPdf>(factory.Services.GetRequiredService<IPackPdfRenderer>());
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "pdf-fonts");
        Assert.Equal(HealthStatus.Healthy, report.Entries["pdf-fonts"].Status);
    }

    [Fact]
    public async Task A_missing_font_stops_the_portal_starting_with_the_fonts_name()
    {
        Stream? WithoutRegular(string file) => file == "DejaVuSans.ttf" ? null : PdfFonts.OpenEmbedded(file);

        var error = await Assert.ThrowsAsync<PdfFontMissingException>(() => new PdfFontsStartupCheck(WithoutRegular).StartAsync(CancellationToken.None));
        Assert.Contains("DejaVuSans.ttf (DejaVu Sans)", error.Message, StringComparison.Ordinal);
        Assert.Contains("SchoolImprovement.Pdf.Fonts.DejaVuSans.ttf", error.Message, StringComparison.Ordinal);
    }
}
