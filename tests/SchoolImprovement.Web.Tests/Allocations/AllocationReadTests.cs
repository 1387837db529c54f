using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>
/// Who sees allocations: the headteacher their own school's (read only) and not another school's; the trust's utilisation per
/// school, per officer, per SLE and in total against capacity for those who oversee the days, with a year filter; an officer or
/// SLE their own assignments.
/// </summary>
public sealed class AllocationReadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Year = 2033;

    /// <summary>290001 (the demo headteacher's and SLE's school) and 290002 with allocations for <see cref="Year"/>, some days logged, an SLE and an approval.</summary>
    private async Task<(Guid Own, Guid Other)> AllocationsAsync()
    {
        var (trust, own) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290001, Year);
        var (_, other) = await factory.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290002, Year);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var sle = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Vine));
        var director = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine));
        await factory.InTrustAsync(trust, async db =>
        {
            var allocation = await db.DayAllocations.Include(a => a.Logs).Include(a => a.SleAssignments).Include(a => a.Approvals).AsSplitQuery().SingleAsync(a => a.Id == own);
            if (allocation.Logs.Count > 0)
            {
                return;
            }

            var now = DateTimeOffset.UtcNow;
            allocation.AssignSle(sle, "Mathematics", 3m, now);
            allocation.ApproveAdditionalDays(AllocationStrand.Officer, 1m, "Ofsted", director, AllocationTestData.VinePolicy, now);
            allocation.Log(officer, AllocationStrand.Officer, new DateOnly(Year, 10, 1), 2m, "Review of the school's priorities", VisitMode.InPerson, null, now);
            allocation.Log(sle, AllocationStrand.Sle, new DateOnly(Year, 10, 2), 1m, "Maths lesson study", VisitMode.Online, null, now);
            await db.SaveChangesAsync();
        });
        return (own, other);
    }

    [Fact]
    public async Task The_headteacher_reads_their_own_schools_allocation_without_forms_and_gets_403_on_another_schools()
    {
        var (own, other) = await AllocationsAsync();
        var otherSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290002);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Vine);

        var page = await head.GetDocumentAsync($"/allocations/{own}");
        using var another = await head.GetAsync($"/allocations/{other}");
        using var anotherSchool = await head.GetAsync($"/schools/{otherSchool}/allocations?year={Year}");
        var list = await head.GetDocumentAsync($"/allocations?year={Year}");

        Assert.Equal("8.5", page.QuerySelector("tr[data-strand=Officer] .allowance")!.TextContent);
        Assert.Equal("2", page.QuerySelector("tr[data-strand=Officer] .used")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#log-table tbody tr").Length);
        Assert.Null(page.QuerySelector("#log-days"));
        Assert.Null(page.QuerySelector("#assign-sle"));
        Assert.Null(page.QuerySelector("#approve-days"));
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, another.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, anotherSchool.StatusCode);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        Assert.Equal([school.ToString()], list.QuerySelectorAll("#schools tbody tr").Select(r => r.GetAttribute("data-school")));
        Assert.Null(list.QuerySelector("#officers"));
        Assert.Null(list.QuerySelector("#total"));
    }

    [Fact]
    public async Task The_director_sees_the_trusts_utilisation_per_school_officer_and_sle_and_the_total_against_capacity()
    {
        await AllocationsAsync();
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);

        var page = await director.GetDocumentAsync($"/allocations?year={Year}");
        var empty = await director.GetDocumentAsync($"/allocations?year={Year + 5}");

        // Nine open Vine schools, two with allocations (17.5 days each, one with an approved extra day).
        var rows = page.QuerySelectorAll("#schools tbody tr");
        Assert.Equal(9, rows.Length);
        Assert.Equal(2, rows.Count(r => r.QuerySelector("a[href^='/allocations/']") is not null));
        Assert.Contains(rows, r => r.TextContent.Contains("set it", StringComparison.Ordinal));
        Assert.Equal("158.5 days (9 open schools × 17.5 days, plus 1 additional days approved)", page.QuerySelector("#capacity")!.TextContent);
        Assert.Equal("36 days", page.QuerySelector("#allocated")!.TextContent);
        Assert.Equal("3 days", page.QuerySelector("#used")!.TextContent);
        var officerRow = Assert.Single(page.QuerySelectorAll("#officers tbody tr"));
        Assert.Equal(["2", "18", "2"], officerRow.QuerySelectorAll("td").Select(td => td.TextContent));
        var sleRow = Assert.Single(page.QuerySelectorAll("#sles tbody tr"));
        Assert.Equal(["1", "3", "1"], sleRow.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("0 days", empty.QuerySelector("#allocated")!.TextContent);
        Assert.Equal(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#Year option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_officer_and_an_sle_see_their_own_assignments_not_the_trusts()
    {
        var (own, other) = await AllocationsAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        using var sle = await factory.SignedInAsAsync(TrustRole.SpecialistLeader, Browsing.Vine);

        var officers = await officer.GetDocumentAsync($"/allocations?year={Year}");
        var sles = await sle.GetDocumentAsync($"/allocations?year={Year}");

        Assert.Equal(
            new[] { $"/allocations/{own}", $"/allocations/{other}" }.Order(),
            officers.QuerySelectorAll("#mine tbody a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Null(officers.QuerySelector("#schools"));
        Assert.Null(officers.QuerySelector("#total"));
        var mine = Assert.Single(sles.QuerySelectorAll("#mine tbody tr"));
        Assert.Equal($"/allocations/{own}", mine.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("SLE days: Mathematics", mine.TextContent, StringComparison.Ordinal);
        Assert.Equal(["3", "1", "2"], mine.QuerySelectorAll("td.text-end").Select(td => td.TextContent));
        Assert.Null(sles.QuerySelector("#schools"));
    }
}
