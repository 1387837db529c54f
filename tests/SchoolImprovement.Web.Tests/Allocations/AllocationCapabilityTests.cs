using System.Net;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>The DDAT policy has no day allocations: its pages answer 404 for everyone, its own schools included, and its menu has no entry.</summary>
public sealed class AllocationCapabilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_trust_whose_policy_has_no_day_allocations_gets_404_on_every_allocation_page()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await director.AntiforgeryTokenAsync();

        foreach (var client in new[] { director, officer })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/allocations")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/schools/{school}/allocations")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/schools/{school}/allocations/new")).StatusCode);
        using var post = await director.PostWithTokenAsync($"/schools/{school}/allocations/new", token,
            [new("AcademicYear", "2030"), new("OfficerDays", "1"), new("PerformanceManagementDays", "0"), new("SleDays", "0")]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await factory.InTrustAsync(trust, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DayAllocations)));
        var home = await director.GetDocumentAsync("/");
        Assert.Null(home.QuerySelector("a[href='/allocations']"));
    }
}
