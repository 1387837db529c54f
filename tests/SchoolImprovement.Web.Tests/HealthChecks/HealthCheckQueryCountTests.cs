using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.HealthChecks;

/// <summary>
/// The trust's health check list, a school's health checks and a check's page send the same number of SQL commands of
/// their own for 10 and for 200 schools, each new school with a completed check (every area rated, one with an action);
/// and the added schools really show. SQLite and PostgreSQL.
/// </summary>
public abstract class HealthCheckQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_health_check_pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2031, 5, 20, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        // The demo trust has 10 schools, eight with a completed check.
        var school = await Portal.SchoolIdAsync(Browsing.DdatTrust, DemoHealthChecks.FirstUrn);
        var check = await Portal.InTrustAsync(ddat, db => db.HealthChecks.Where(c => c.SchoolId == school).Select(c => c.Id).SingleAsync());
        string[] pages = ["/health-checks", $"/schools/{school}/health-checks", $"/health-checks/{check}"];
        var atTen = await CountAllAsync(officer, pages);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(officer, pages);

        Assert.Equal(atTen, atTwoHundred);
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 8));
        var list = await officer.GetDocumentAsync("/health-checks");
        Assert.Equal(Grown, list.QuerySelectorAll("#schools tbody tr").Length);
        // The demo was seeded on the pinned day: overdue are 190001 and 190010 (never checked, counted from joining) and the
        // demo's overdue school (last check 14 months ago), listed first; the grown schools' checks are not yet due.
        var rows = list.QuerySelectorAll("#schools tbody tr");
        string[] overdue = [.. await Task.WhenAll(new[] { 190001, 190010, DemoHealthChecks.OverdueUrn }.Select(async u => (await Portal.SchoolIdAsync(Browsing.DdatTrust, u)).ToString()))];
        Assert.Equal(overdue.Order(), rows.Where(r => r.QuerySelector(".badge") is not null).Select(r => r.GetAttribute("data-school")!).Order());
        Assert.All(rows.Take(overdue.Length), r => Assert.NotNull(r.QuerySelector(".badge")));
    }

    /// <summary>Grows the trust to <paramref name="schools"/> schools, each new one with a completed check last September (not yet due).</summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, officer, "health check query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var heldOn = new DateOnly(2030, 9, 1);
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(170000 + i, $"Health Check Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            var check = HealthCheck.Start(school.Id, InspectionFramework.Ofsted2019, heldOn, true, false, officer, heldOn, now);
            foreach (var area in check.Areas.Where(a => !a.NotApplicable))
            {
                var action = area.Name == HealthCheckAreas.InternalAudit
                    ? check.Rate(area.Id, Rag.Amber, "Open findings.", "Close the findings", heldOn.AddMonths(2), heldOn, now)
                    : check.Rate(area.Id, Rag.Green, "Fine.", null, null, heldOn, now);
                if (action is not null)
                {
                    db.Actions.Add(action);
                }
            }

            check.Complete(heldOn);
            db.HealthChecks.Add(check);
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

public sealed class SqliteHealthCheckQueryCountTests(SqlitePortal fixture) : HealthCheckQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresHealthCheckQueryCountTests(PostgresPortal fixture) : HealthCheckQueryCountTests<PostgresPortal>(fixture);
