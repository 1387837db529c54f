using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.ConcernsOverview;

/// <summary>
/// The trust view sends the same number of SQL commands for 13 and for 200 schools, every third one designated with an ILTC
/// (a member and a scheduled meeting) and every third one in a Spotlight project with a visit; and the added records really
/// show. SQLite and PostgreSQL.
/// </summary>
public abstract class ConcernsOverviewQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_trust_view_keeps_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2026, 11, 20, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        // The demo trust's ten schools and three more, so that each section has a row (a board's members and extensions are
        // read only when there is a board): the counts compare like with like.
        await GrowAsync(ddat, 13);
        var atTen = await CountAsync(ceo);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAsync(ceo);

        Assert.Equal(atTen, atTwoHundred);
        Assert.InRange(atTen, 1, 16);
        var page = await ceo.GetDocumentAsync("/concerns");
        Assert.True(page.QuerySelectorAll("#concern-cases tbody tr").Length >= (Grown - 10) / 3);
        Assert.True(page.QuerySelectorAll("#boards-section tbody tr").Length >= (Grown - 10) / 3);
        Assert.True(page.QuerySelectorAll("#spotlight-projects tbody tr").Length >= (Grown - 10) / 3);
    }

    private async Task<int> CountAsync(HttpClient client)
    {
        Portal.Commands.Reset();
        using var response = await client.GetAsync("/concerns");
        Assert.True(response.IsSuccessStatusCode, $"/concerns: {(int)response.StatusCode}");
        return Portal.Commands.Count;
    }

    private async Task GrowAsync(Guid trust, int schools)
    {
        var deputy = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat));
        var ceo = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat));
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, ceo, "trust view query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = new DateOnly(2026, 11, 20);
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(176000 + i, $"Overview Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            if (i % 3 == 0)
            {
                var concern = await ConcernsOverviewTestData.DesignateAsync(db, school, deputy, ceo, new DateOnly(2026, 10, 1));
                ConcernsOverviewTestData.FormIltc(db, concern, new AcademicTerm(new AcademicYear(2026), Term.Autumn), new DateOnly(2026, 12, 1), ceo);
            }
            else if (i % 3 == 1)
            {
                ConcernsOverviewTestData.OpenSpotlight(db, school.Id, officer, new DateOnly(2026, 9, 10), today, new DateOnly(2026, 10, 5));
            }
        }

        await db.SaveChangesAsync();
    }
}

public sealed class SqliteConcernsOverviewQueryCountTests(SqlitePortal fixture) : ConcernsOverviewQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresConcernsOverviewQueryCountTests(PostgresPortal fixture) : ConcernsOverviewQueryCountTests<PostgresPortal>(fixture);
