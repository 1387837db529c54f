using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DueDiligence;

/// <summary>The Vine demo trust shows one joining school in due diligence, in progress with some areas rated; DDAT has none.</summary>
public sealed class DueDiligenceDemoTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_vine_demo_has_one_joining_school_in_due_diligence_with_some_areas_rated()
    {
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);

        var list = await director.GetDocumentAsync("/due-diligence");
        var row = Assert.Single(list.QuerySelectorAll("#assessments tbody tr"));
        Assert.Equal(DemoDueDiligence.JoiningSchool, row.QuerySelector("th a")!.TextContent);
        Assert.Equal("In progress", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("7 of 16", row.QuerySelectorAll("td")[2].TextContent);
        var page = await director.GetDocumentAsync(row.QuerySelector("th a")!.GetAttribute("href")!);
        Assert.NotNull(page.QuerySelector("#template"));
        Assert.NotNull(page.QuerySelector("#Areas_7_Rag_Red[checked]"));

        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        await factory.InTrustAsync(vine, async db =>
        {
            var demo = await db.DueDiligenceAssessments.AsNoTracking().SingleAsync();
            Assert.Equal(DueDiligenceStatus.InProgress, demo.Status);
            Assert.False(await db.Schools.AnyAsync(s => s.Urn == DemoDueDiligence.JoiningUrn));
        });
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        Assert.Equal(0, await factory.InTrustAsync(ddat, db => db.DueDiligenceAssessments.CountAsync()));
        using var ddatCeo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.NotFound, (await ddatCeo.GetAsync("/due-diligence")).StatusCode);
    }
}
