using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SpotlightProjects;

/// <summary>
/// The Spotlight list and a project's page send the same number of SQL commands for 10 and for 200 schools, each new
/// school with an open project, two visits and a visit's action; and the added projects really show. SQLite and PostgreSQL.
/// </summary>
public abstract class SpotlightQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_spotlight_list_and_project_pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2031, 5, 20, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);

        // The demo trust has 10 schools and the demo's project (with two visits) on one of them.
        var first = await Portal.InTrustAsync(ddat, db => db.SpotlightProjects.Select(p => p.Id).SingleAsync());
        string[] pages = ["/spotlight", "/spotlight?Show=All", "/spotlight?Show=Closed", $"/spotlight/{first}"];
        var atTen = await CountAllAsync(officer, pages);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(officer, pages);

        Assert.Equal(atTen, atTwoHundred);
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 12));
        var open = await Portal.InTrustAsync(ddat, db => db.SpotlightProjects.CountAsync(p => p.Status == SpotlightStatus.Open));
        Assert.True(open >= Grown - 10, $"The projects did not grow: {open} open.");
        var list = await officer.GetDocumentAsync("/spotlight");
        Assert.Equal(open, list.QuerySelectorAll("#projects tbody tr").Length);
        var project = await officer.GetDocumentAsync($"/spotlight/{first}");
        Assert.Equal(2, project.QuerySelectorAll("#visits article.visit").Length);
    }

    /// <summary>Grows the trust to <paramref name="schools"/> schools, each new one with an open project, two visits and an action.</summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, officer, "spotlight query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = new DateOnly(2031, 5, 20);
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(160000 + i, $"Spotlight Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            var project = SpotlightProject.Open(school.Id, SpotlightOrigin.ByHand, "Growth", officer, null, "A. Member", new DateOnly(2030, 9, 10), today);
            var one = project.RecordVisit(new DateOnly(2030, 10, 1), "S", "N", null, officer, today, now);
            var two = project.RecordVisit(new DateOnly(2030, 12, 1), "S", "N", "Notes", officer, today, now);
            db.SpotlightProjects.Add(project);
            db.SpotlightVisits.AddRange(one, two);
            db.Actions.Add(ImprovementAction.Create(school.Id, "Growth action", ActionSource.Spotlight, two.Id, TrustRole.Headteacher, null, today, today, now));
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
            counts[page] = Portal.Commands.Count;
        }

        return counts;
    }
}

public sealed class SqliteSpotlightQueryCountTests(SqlitePortal fixture) : SpotlightQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresSpotlightQueryCountTests(PostgresPortal fixture) : SpotlightQueryCountTests<PostgresPortal>(fixture);
