using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Cycles;

/// <summary>
/// The due list (the trust's, mine, a school's) and the calendar send the same number of SQL commands for 10 and for 200
/// schools, each new school with its linked officer, a headteacher and an appraisal on record; and the added schools' items
/// really show. SQLite and PostgreSQL.
/// </summary>
public abstract class DueListQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_due_list_and_calendar_keep_a_constant_query_count_from_10_to_200_schools()
    {
        Portal.Clock.PinUk(new DateTime(2031, 1, 5, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var first = await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var officer = await Portal.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        string[] pages = ["/due", "/due?mine=true&within=400", $"/schools/{first}/due", "/calendar?month=2031-12"];
        var atTen = await CountAllAsync(officer, pages);
        var headAtTen = await CountAllAsync(head, ["/due"]);
        await GrowAsync(ddat, Grown);
        var atTwoHundred = await CountAllAsync(officer, pages);
        var headAtTwoHundred = await CountAllAsync(head, ["/due"]);

        Assert.Equal(atTen, atTwoHundred);
        Assert.Equal(headAtTen, headAtTwoHundred);
        Assert.All(atTen, count => Assert.InRange(count.Value, 1, 20));
        var mine = await officer.GetDocumentAsync("/due?mine=true&within=400");
        Assert.True(mine.QuerySelectorAll("#due tbody tr[data-kind=HeadteacherAppraisal]").Length >= Grown - 10);
        var calendar = await officer.GetDocumentAsync("/calendar?month=2031-12");
        Assert.True(calendar.QuerySelectorAll("#day-2031-12-31 ~ ul li.due").Length >= Grown - 10);
    }

    /// <summary>Grows the trust to <paramref name="schools"/> schools, each new one linked to the officer with an appraisal held in October 2030.</summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        await using var scope = Portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().Enter(trust, officer, "due list query count test");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var held = new DateOnly(2030, 10, 14);
        var existing = await db.Schools.CountAsync();
        for (var i = existing; i < schools; i++)
        {
            var school = new School(new SchoolDetails(170000 + i, $"Due Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
            db.Schools.Add(school);
            db.SchoolAssignments.Add(SchoolAssignment.Create(officer, [TrustRole.SchoolImprovementOfficer], school.Id, AssignmentKind.LinkedOfficerFor));
            db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(DueKind.HeadteacherAppraisal, school.Id, held, null, null, [], null, officer, now, held));
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

public sealed class SqliteDueListQueryCountTests(SqlitePortal fixture) : DueListQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresDueListQueryCountTests(PostgresPortal fixture) : DueListQueryCountTests<PostgresPortal>(fixture);
