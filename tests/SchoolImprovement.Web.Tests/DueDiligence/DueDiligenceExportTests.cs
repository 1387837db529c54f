using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>
/// The report's export: a CSV download with the report's content in the template's order (both strands' details and
/// areas, further actions), and text a spreadsheet would run as a formula neutralised with a leading apostrophe.
/// </summary>
public sealed class DueDiligenceExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> ExportAsync(Guid id)
    {
        using var reader = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        using var response = await reader.GetAsync($"/due-diligence/{id}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length));
    }

    [Fact]
    public async Task The_export_holds_the_reports_content_in_the_templates_order()
    {
        var (trust, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Export Primary", 290141, Rag.Amber);
        await factory.InTrustAsync(trust, async db =>
        {
            var a = await db.DueDiligenceAssessments.Include(x => x.Areas).SingleAsync(x => x.Id == id);
            a.Record(a.Details(), new DueDiligenceNarrative("Minutes, budget", "Warm \"family\" feel", "Three years' accounts", "Agree a recovery plan"),
                [new(DueDiligenceAreaKind.Finance, Rag.Red, "Deficit forecast"), new(DueDiligenceAreaKind.Other, null, null)]);
            await db.SaveChangesAsync();
        });

        var lines = (await ExportAsync(id)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Section,Item,RAG risk assessment,Comments", lines[0]);
        Assert.Equal("Academic Due Diligence,School,,Export Primary", lines[1]);
        Assert.Equal("Academic Due Diligence,URN,,290141", lines[2]);
        Assert.Contains("Academic Due Diligence,General Observations,,\"Warm \"\"family\"\" feel\"", lines);
        var areas = lines.Where(l => l.Split(',')[2] is "Red" or "Amber" or "Green" or "Not rated").Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(DueDiligenceAreas.All.Select(a => a.Label()), areas);
        Assert.Contains("Financial Due Diligence,Finance,Red,Deficit forecast", lines);
        Assert.Contains("Financial Due Diligence,Other,Not rated,", lines);
        Assert.Contains("Financial Due Diligence,Introduction,,Three years' accounts", lines);
        Assert.Contains("Further Actions,Further Actions,,Agree a recovery plan", lines);
        Assert.Contains("Outcome,Status,,In progress", lines);
    }

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe()
    {
        var (trust, id) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "=HYPERLINK(\"http://evil.example\")", null, Rag.Green);
        await factory.InTrustAsync(trust, async db =>
        {
            var a = await db.DueDiligenceAssessments.Include(x => x.Areas).SingleAsync(x => x.Id == id);
            a.Record(a.Details() with { Headteacher = "+44 1234", ChairOfGovernors = "@SUM(A1)" }, new DueDiligenceNarrative("-1+2", null, null, "=1+1"),
                [new(DueDiligenceAreaKind.Finance, Rag.Red, "=cmd|' /C calc'!A0")]);
            await db.SaveChangesAsync();
        });

        var csv = await ExportAsync(id);

        Assert.Contains("Academic Due Diligence,School,,\"'=HYPERLINK(\"\"http://evil.example\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("Academic Due Diligence,Headteacher,,'+44 1234", csv, StringComparison.Ordinal);
        Assert.Contains("Academic Due Diligence,Chair of Governors,,'@SUM(A1)", csv, StringComparison.Ordinal);
        Assert.Contains("Academic Due Diligence,Evidence Gathered,,'-1+2", csv, StringComparison.Ordinal);
        Assert.Contains("Financial Due Diligence,Finance,Red,'=cmd|' /C calc'!A0", csv, StringComparison.Ordinal);
        Assert.Contains("Further Actions,Further Actions,,'=1+1", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_beginning_with_a_tab_or_carriage_return_are_neutralised_too()
    {
        var report = new Features.DueDiligence.DueDiligenceReport(
            Guid.NewGuid(), Guid.NewGuid(), DueDiligenceStatus.InProgress, "School", null, "\tHead", "\rChair", null, null, null, null, null, "-3",
            [new(DueDiligenceAreaKind.Finance, DueDiligenceStrand.Financial, "Finance", Rag.Red, "@risk")], null, null, null, null, false, false);

        var csv = Encoding.UTF8.GetString(Features.DueDiligence.DueDiligenceCsv.Write(report).AsSpan(Encoding.UTF8.Preamble.Length));

        Assert.Contains("Academic Due Diligence,Headteacher,,'\tHead\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Academic Due Diligence,Chair of Governors,,\"'\rChair\"\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Financial Due Diligence,Finance,Red,'@risk\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Further Actions,Further Actions,,'-3\r\n", csv, StringComparison.Ordinal);
    }
}
