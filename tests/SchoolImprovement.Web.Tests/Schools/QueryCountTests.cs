using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Schools;

/// <summary>Pages run a fixed number of SQL commands however many schools the trust has (no N+1).</summary>
public sealed class QueryCountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] CeoPages = ["/schools", "/schools?Phase=Primary&Page=2", "/audit", "/policy"];

    [Fact]
    public async Task Pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var atTen = await CountAllAsync(ceo, admin);

        await factory.InTrustAsync(ddat, async db =>
        {
            for (var i = db.Schools.Count(); i < 200; i++)
            {
                db.Schools.Add(new School(new SchoolDetails(180000 + i, $"Growth School {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1))));
            }

            await db.SaveChangesAsync();
        });

        var atTwoHundred = await CountAllAsync(ceo, admin);
        Assert.Equal(atTen, atTwoHundred);
        Assert.All(atTen.Values, count => Assert.InRange(count, 1, 12));
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient ceo, HttpClient admin)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in CeoPages)
        {
            counts[page] = await CountAsync(ceo, page);
        }

        counts["/users"] = await CountAsync(admin, "/users");
        return counts;
    }

    private async Task<int> CountAsync(HttpClient client, string page)
    {
        factory.Commands.Reset();
        using var response = await client.GetAsync(page);
        response.EnsureSuccessStatusCode();
        return factory.Commands.Count;
    }
}
