using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.DayAllocations;

/// <summary>
/// The trust's utilisation page and a school's allocation page send the same number of SQL commands of their own for 10 and
/// for 200 schools, each new school with an allocation, an SLE, an approval and logs; and the added rows really show.
/// SQLite and PostgreSQL.
/// </summary>
public abstract class AllocationQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;
    private const int Year = 2034;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_utilisation_and_school_allocation_pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2035, 3, 10, 9, 0, 0));
        var vine = await Portal.TrustIdAsync(Browsing.VineTrust);
        var (_, first) = await Portal.AllocationAsync(Browsing.VineTrust, Browsing.Vine, 290001, Year);
        var school = await Portal.SchoolIdAsync(Browsing.VineTrust, 290001);
        await GrowAsync(vine, 10, first);
        using var director = await Portal.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);
        string[] pages = [$"/allocations?year={Year}", $"/schools/{school}/allocations?year={Year}", $"/allocations/{first}"];

        var atTen = await CountAllAsync(director, pages);
        var officerAtTen = await CountAllAsync(officer, [$"/allocations?year={Year}"]);
        await GrowAsync(vine, Grown, first);
        var atTwoHundred = await CountAllAsync(director, pages);
        var officerAtTwoHundred = await CountAllAsync(officer, [$"/allocations?year={Year}"]);

        Assert.Equal(atTen, atTwoHundred);
        Assert.Equal(officerAtTen, officerAtTwoHundred);
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 12));
        var allocations = await Portal.InTrustAsync(vine, db => db.DayAllocations.CountAsync(a => a.AcademicYear == Year));
        Assert.True(allocations >= Grown - 10, $"The allocations did not grow: {allocations}.");
        var list = await director.GetDocumentAsync($"/allocations?year={Year}");
        Assert.Equal(allocations, list.QuerySelectorAll("#schools tbody a[href^='/allocations/']").Length);
        Assert.Equal(allocations, (await officer.GetDocumentAsync($"/allocations?year={Year}")).QuerySelectorAll("#mine tbody tr").Length);
        var page = await director.GetDocumentAsync($"/allocations/{first}");
        Assert.Equal(2, page.QuerySelectorAll("#log-table tbody tr").Length);
    }

    /// <summary>
    /// Grows the Vine trust to <paramref name="schools"/> schools, each new one with an allocation for <see cref="Year"/>, an SLE, an approval and two logs;
    /// the first allocation gets the same once.
    /// </summary>
    private async Task GrowAsync(Guid trust, int schools, Guid first)
    {
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine));
        var sle = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SpecialistLeader, Browsing.Vine));
        var director = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, director, "allocation query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        void Fill(DayAllocation allocation)
        {
            allocation.AssignSle(sle, "Mathematics", 2m, now);
            allocation.ApproveAdditionalDays(AllocationStrand.Officer, 1m, "Growth", director, AllocationTestData.VinePolicy, now);
            allocation.Log(officer, AllocationStrand.Officer, new DateOnly(Year, 10, 1), 1m, "Growth visit", VisitMode.InPerson, null, now);
            allocation.Log(sle, AllocationStrand.Sle, new DateOnly(Year, 10, 2), 0.5m, "Growth support", VisitMode.Online, null, now);
        }

        var firstAllocation = await db.DayAllocations.Include(a => a.SleAssignments).Include(a => a.Approvals).Include(a => a.Logs).AsSplitQuery().SingleAsync(a => a.Id == first);
        if (firstAllocation.Logs.Count == 0)
        {
            Fill(firstAllocation);
        }

        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(260000 + i, $"Allocation Growth {i:000}", "Primary", "Academy converter", "Essex", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            var allocation = DayAllocation.Set(school.Id, new AcademicYear(Year), officer, 7.5m, 1m, 9m, AllocationTestData.VinePolicy, now);
            Fill(allocation);
            db.DayAllocations.Add(allocation);
        }

        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient client, string[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            counts[page] = PageCommands.OwnOf(Portal.Commands.Texts).Count;
        }

        return counts;
    }
}

public sealed class SqliteAllocationQueryCountTests(SqlitePortal fixture) : AllocationQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresAllocationQueryCountTests(PostgresPortal fixture) : AllocationQueryCountTests<PostgresPortal>(fixture);
