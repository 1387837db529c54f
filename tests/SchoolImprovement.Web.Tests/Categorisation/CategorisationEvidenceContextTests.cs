using System.Net;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.HeadlineData;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Categorisation;

/// <summary>
/// The proposal form shows, beside the evidence sources it asks about, the school's latest SEF and SIP with
/// their review state and its latest data against national (issue 9, "The categorisation evidence").
/// </summary>
public sealed class CategorisationEvidenceContextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_proposal_form_shows_the_latest_sef_and_sip_and_the_latest_result_against_national()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        // A later year than any demo data, with its own national figure, so it is the latest result.
        await factory.FigureAsync(Browsing.DdatTrust, Browsing.Ddat, school, 2031, 55m, validated: false);
        await factory.InTrustAsync(ddat, async db =>
        {
            db.NationalComparators.Add(new NationalComparator(2031, Measures.Ks2RwmExpected, PupilGroup.All, null, 62m, "Test figure"));
            await db.SaveChangesAsync();
        });
        var head = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var sef = await ReturnsTestData.AddVersionAsync(factory, ddat, school, head, ReturnDocument.Sef, 2031, Term.Spring);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        using var response = await officer.GetAsync($"/schools/{school}/categorisation/propose");
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var latestSef = page.QuerySelector("[data-evidence-return=Sef]") ?? throw new InvalidOperationException("No latest SEF beside self-evaluation.");
        Assert.Contains("Submitted", latestSef.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/returns/versions/{sef}", latestSef.QuerySelector("a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("[data-evidence-return=Sip]"));
        var row = page.QuerySelectorAll("[data-evidence-data] tbody tr")
            .SingleOrDefault(r => r.QuerySelector("th")?.TextContent.Trim() == Measures.Find(Measures.Ks2RwmExpected)!.Name)
            ?? throw new InvalidOperationException("No KS2 combined row beside pupil outcomes.");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("2031/32", cells[0]);
        Assert.StartsWith("55%", cells[1], StringComparison.Ordinal);
        Assert.Contains("not yet validated", cells[1], StringComparison.Ordinal);
        Assert.Equal("62%", cells[2]);
        Assert.Contains("Below national", cells[3], StringComparison.Ordinal);
    }
}
