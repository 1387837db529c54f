using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Visits;

/// <summary>
/// Vine counts visits against the officer's day allocation: publishing a visit with days logs them once, as improvement
/// lead days with the visit's id, in the same save; past the allowance, or in an academic year the school has no
/// allocation for (31 August against 1 September), the publish is refused with the message and the input kept, and
/// nothing is saved.
/// </summary>
public sealed class VisitAllocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Domain.Policy.Allocations Policy = new(7.5m, 1m, 9m, AdditionalSleDaysForGreatestNeed: true);

    /// <summary>The 2026/27 allocation of Vine's first school, with the demo officer as its improvement lead (made once).</summary>
    private async Task<(Guid Trust, Guid School, Guid Allocation)> AllocationAsync()
    {
        var trust = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var allocation = await factory.InTrustAsync(trust, async db =>
        {
            var existing = await db.DayAllocations.Where(a => a.SchoolId == school && a.AcademicYear == 2026).Select(a => (Guid?)a.Id).SingleOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var made = DayAllocation.Set(school, new AcademicYear(2026), officer, 7.5m, 1m, 9m, Policy, DateTimeOffset.UtcNow);
            db.DayAllocations.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        return (trust, school, allocation);
    }

    [Fact]
    public async Task Publishing_a_visit_logs_its_days_once_on_the_officers_allocation_and_refuses_past_the_allowance()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var (trust, school, allocation) = await AllocationAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        var before = await factory.InTrustAsync(trust, db => db.DayLogs.Where(l => l.AllocationId == allocation).Select(l => l.Days).ToListAsync());

        using var published = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-11-19", "Allocation: SIL visit", "1.5", publish: true));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var id = Guid.Parse(published.Headers.Location!.OriginalString["/visits/".Length..]);
        await factory.InTrustAsync(trust, async db =>
        {
            var log = await db.DayLogs.AsNoTracking().SingleAsync(l => l.VisitId == id);
            Assert.Equal(allocation, log.AllocationId);
            Assert.Equal(AllocationStrand.Officer, log.Strand);
            Assert.Equal(1.5m, log.Days);
            Assert.Equal(new DateOnly(2026, 11, 19), log.On);
            Assert.Equal(VisitMode.InPerson, log.Mode);
            Assert.Equal(before.Count + 1, await db.DayLogs.CountAsync(l => l.AllocationId == allocation));
        });

        // Past the allowance: refused, the input kept, nothing saved.
        var used = before.Sum() + 1.5m;
        var tooMany = 7.5m - used + 1m;
        var refusedFields = VisitTestData.Fields("2026-11-19", "Allocation: too long", tooMany.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), publish: true);
        using var refused = await officer.PostFormAsync($"/schools/{school}/visits/new", refusedFields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains($"of 7.5 ", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Director of Learning's approval", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Allocation: too long", page.QuerySelector("#Purpose")!.GetAttribute("value"));
        await factory.InTrustAsync(trust, async db =>
        {
            Assert.Equal(0, await db.ImprovementVisits.CountAsync(v => v.Purpose == "Allocation: too long"));
            Assert.Equal(before.Count + 1, await db.DayLogs.CountAsync(l => l.AllocationId == allocation));
        });

        // Saved as a draft it is kept, with its days unlogged until published.
        using var drafted = await officer.PostFormAsync($"/schools/{school}/visits/new", refusedFields.Where(f => f.Key != "Publish").Append(new("Publish", "false")).ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal(before.Count + 1, await factory.InTrustAsync(trust, db => db.DayLogs.CountAsync(l => l.AllocationId == allocation)));
    }

    [Fact]
    public async Task A_visit_on_31_August_is_refused_for_want_of_that_years_allocation_and_one_on_1_September_is_logged()
    {
        factory.Clock.PinUk(new DateTime(2026, 9, 1, 17, 0, 0));
        var (trust, school, allocation) = await AllocationAsync();
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        using var august = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-08-31", "Boundary: August", "0.5", publish: true));
        using var september = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-09-01", "Boundary: September", "0.5", publish: true));

        Assert.Equal(HttpStatusCode.OK, august.StatusCode);
        Assert.Contains("no day allocation for 2025/26", (await august.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, september.StatusCode);
        await factory.InTrustAsync(trust, async db =>
        {
            Assert.Equal(0, await db.ImprovementVisits.CountAsync(v => v.Purpose == "Boundary: August"));
            var visit = await db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Purpose == "Boundary: September");
            var log = await db.DayLogs.AsNoTracking().SingleAsync(l => l.VisitId == visit.Id);
            Assert.Equal(allocation, log.AllocationId);
            Assert.Equal(new DateOnly(2026, 9, 1), log.On);
        });
    }

    [Fact]
    public async Task A_ddat_visit_with_days_records_them_on_the_visit_without_an_allocation()
    {
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        using var published = await officer.PostFormAsync($"/schools/{school}/visits/new", VisitTestData.Fields("2026-11-19", "DDAT days", "2", publish: true));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var visit = await factory.InTrustAsync(trust, db => db.ImprovementVisits.AsNoTracking().SingleAsync(v => v.Purpose == "DDAT days"));
        Assert.Equal(VisitStatus.Published, visit.Status);
        Assert.Equal(2m, visit.Days);
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.DayLogs.CountAsync(l => l.VisitId == visit.Id)));
        Assert.Null((await officer.GetDocumentAsync($"/schools/{school}/visits/new")).QuerySelector("#allocation-note"));
    }
}
