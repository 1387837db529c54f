using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>DDAT's policy has no due diligence: every page is 404, whatever the role (its own factory, with DDAT's capability as the template leaves it).</summary>
public sealed class DueDiligenceCapabilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DDAT_does_not_use_due_diligence_so_its_pages_are_404()
    {
        var (_, vineId) = await factory.AssessmentAsync(Browsing.VineTrust, Browsing.Vine, "Elsewhere Primary", null, null);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var token = await ceo.AntiforgeryTokenAsync();

        foreach (var url in new[] { "/due-diligence", "/due-diligence/new", $"/due-diligence/{vineId}", $"/due-diligence/{vineId}/report", $"/due-diligence/{vineId}/export", $"/schools/{school}/integration-plan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ceo.GetAsync(url)).StatusCode);
        }

        using var start = await ceo.PostWithTokenAsync("/due-diligence/new", token, [new("SchoolName", "DDAT joiner")]);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        await factory.InTrustAsync(ddat, async db => Assert.False(await db.DueDiligenceAssessments.AnyAsync()));
        Assert.DoesNotContain("/due-diligence", (await ceo.GetDocumentAsync("/")).QuerySelector("nav")?.InnerHtml ?? "", StringComparison.Ordinal);
    }
}
