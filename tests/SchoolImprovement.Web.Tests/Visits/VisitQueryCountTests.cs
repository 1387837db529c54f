using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Visits;

/// <summary>
/// A school's visits page, the officer's /visits, the trust's /visits and a visit's page send the same number of SQL
/// commands of their own for 10 and for 200 schools, each new school with two visits by the officer; and the added
/// visits really show. SQLite and PostgreSQL.
/// </summary>
public abstract class VisitQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_visits_pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var school = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var first = await Portal.InTrustAsync(ddat, db => db.ImprovementVisits.Where(v => v.SchoolId == school && v.Status == VisitStatus.Published).Select(v => v.Id).FirstAsync());
        var own = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        string[] pages = [$"/schools/{school}/visits", "/visits", "/visits?All=true", $"/visits?All=true&School={school}", $"/visits/{first}"];
        var atTen = await CountAllAsync(officer, pages);
        var headAtTen = await CountAllAsync(head, [$"/schools/{own}/visits", "/visits"]);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(officer, pages);
        var headAtTwoHundred = await CountAllAsync(head, [$"/schools/{own}/visits", "/visits"]);

        Assert.Equal(atTen, atTwoHundred);
        Assert.Equal(headAtTen, headAtTwoHundred);
        Assert.All(atTen.Concat(headAtTen), count => Assert.InRange(count.Value, 1, 10));
        var officerId = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var total = await Portal.InTrustAsync(ddat, db => db.ImprovementVisits.CountAsync(v => v.Status == VisitStatus.Published || v.OfficerUserId == officerId));
        Assert.True(total >= (Grown - 10) * 2, $"The visits did not grow: {total}.");
        var all = await officer.GetDocumentAsync("/visits?All=true");
        Assert.Contains($"{total} visits", all.QuerySelector("#visits caption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(all.QuerySelector("nav[aria-label=Pages]"));
    }

    /// <summary>Grows the trust to <paramref name="schools"/> schools, each new one with two published visits by the demo officer.</summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, officer, "visit query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = new DateOnly(2026, 11, 20);
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(170000 + i, $"Visit Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            foreach (var on in new[] { new DateOnly(2026, 3, 10), new DateOnly(2026, 10, 10) })
            {
                var visit = ImprovementVisit.Draft(school.Id, officer, new VisitNote(on, VisitMode.InPerson, "Growth visit", ["Reading"], "Notes", "Strengths", 1m, []), today, now);
                visit.Publish(on, now);
                db.ImprovementVisits.Add(visit);
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient client, string[] pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            using var warm = await client.GetAsync(page);
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            counts[page] = PageCommands.OwnOf(Portal.Commands.Texts).Count;
        }

        return counts;
    }
}

public sealed class SqliteVisitQueryCountTests(SqlitePortal fixture) : VisitQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresVisitQueryCountTests(PostgresPortal fixture) : VisitQueryCountTests<PostgresPortal>(fixture);
