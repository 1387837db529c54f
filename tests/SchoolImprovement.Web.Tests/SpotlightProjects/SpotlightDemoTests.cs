using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SpotlightProjects;

/// <summary>The DDAT demo trust shows one Spotlight project with two visits and a clear action; Vine has none.</summary>
public sealed class SpotlightDemoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ddat_demo_shows_a_spotlight_project_on_a_candidate_school_with_two_visits_and_an_action()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, DemoSpotlight.SchoolUrn);
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var candidates = await ceo.GetDocumentAsync("/data/spotlight");
        Assert.NotNull(candidates.QuerySelector($"a[href='/data/schools/{school}']"));
        var list = await ceo.GetDocumentAsync("/spotlight");
        var link = Assert.Single(list.QuerySelectorAll("#projects tbody th a"));
        Assert.Equal("Ashbourne Hilltop CE Primary", link.TextContent);
        var page = await ceo.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal(2, page.QuerySelectorAll("#visits article.visit").Length);
        Assert.Equal("Demo School improvement officer", page.QuerySelector("#officer")!.TextContent);
        Assert.Equal("Demo Local committee member", page.QuerySelector("#member")!.TextContent);
        Assert.Single(page.QuerySelectorAll("#visits ul.actions li"));
        Assert.Equal(1, await factory.InTrustAsync(ddat, db => db.Actions.CountAsync(a => a.SchoolId == school && a.Source == ActionSource.Spotlight)));

        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        Assert.Equal(0, await factory.InTrustAsync(vine, db => db.SpotlightProjects.CountAsync()));
        using var vineCeo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        Assert.Equal(HttpStatusCode.NotFound, (await vineCeo.GetAsync("/spotlight")).StatusCode);
    }
}
