using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Concerns;

/// <summary>
/// The case page sends the same number of SQL commands for a case with one external support request and a short
/// history as for one with forty requests and a long history, and shows them all. SQLite and PostgreSQL.
/// </summary>
public abstract class ConcernCaseQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_concern_case_page_keeps_a_constant_query_count_as_its_history_grows()
    {
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var ceo = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat));
        var officer = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var id = await Portal.InTrustAsync(ddat, async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            var school = await db.Schools.SingleAsync(s => s.Urn == 190007);
            var concern = ConcernCase.Recommend(school, [ConcernGround.OverallEffectiveness, ConcernGround.SafeguardingFailure], "Evidence.", profile.BoardKinds[0], profile.BoardKinds, false, ceo, DateTimeOffset.UtcNow);
            concern.Designate(school, "Agreed.", ceo, DateTimeOffset.UtcNow, new DateOnly(2026, 11, 2));
            db.ConcernCases.Add(concern);
            db.ExternalSupportRequests.Add(ExternalSupportRequest.Request(concern, "Request 0", null, 10m, officer, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return concern.Id;
        });
        using var client = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        await CountAsync(client, $"/concerns/{id}"); // warm-up: the session's first touch and one-off reads
        var few = await CountAsync(client, $"/concerns/{id}");
        var fewTexts = Portal.Commands.Texts;
        await Portal.InTrustAsync(ddat, async db =>
        {
            var concern = await db.ConcernCases.SingleAsync(c => c.Id == id);
            for (var i = 1; i < 40; i++)
            {
                var request = ExternalSupportRequest.Request(concern, $"Request {i}", $"Provider {i}", 10m + i, officer, DateTimeOffset.UtcNow);
                if (i % 2 == 0)
                {
                    request.Decide(concern, approved: true, null, ceo, DateTimeOffset.UtcNow);
                }

                db.ExternalSupportRequests.Add(request);
            }

            await db.SaveChangesAsync();
        });
        var many = await CountAsync(client, $"/concerns/{id}");

        Assert.True(few == many, $"{few} commands, then {many}:\n{string.Join("\n", Portal.Commands.Texts.Except(fewTexts).Take(5))}\n---\n{string.Join("\n", fewTexts.GroupBy(t => t).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}x {g.Key}"))}");
        Assert.True(many <= 12, $"{many} commands:\n{string.Join("\n", Portal.Commands.Texts.GroupBy(t => t).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Count()}x {g.Key}"))}");
        var page = await client.GetDocumentAsync($"/concerns/{id}");
        Assert.Equal(40, page.QuerySelectorAll("#support tbody tr").Length);
        // Recommended, designated and the first request; 39 more requests, 19 of them approved.
        Assert.Equal(3 + 39 + 19, page.QuerySelectorAll("#history li").Length);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        Portal.Commands.Reset();
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return Portal.Commands.Count;
    }
}

public sealed class SqliteConcernCaseQueryCountTests(SqlitePortal fixture) : ConcernCaseQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresConcernCaseQueryCountTests(PostgresPortal fixture) : ConcernCaseQueryCountTests<PostgresPortal>(fixture);
