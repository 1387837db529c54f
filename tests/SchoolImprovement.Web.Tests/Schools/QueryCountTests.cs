using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Schools;

/// <summary>Pages run a fixed number of SQL commands however many schools the trust has (no N+1).</summary>
public sealed class QueryCountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] CeoPages =
    [
        "/schools", "/schools?Phase=Primary&Page=2", "/audit", "/policy", "/dashboard", "/dashboard?Phase=Primary",
        "/actions", "/actions?Status=all&Page=2", "/actions/mine",
    ];

    [Fact]
    public async Task Pages_keep_a_constant_query_count_from_10_to_200_schools()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);

        await GrowAsync(ddat, 1);
        var atTen = await CountAllAsync(ceo, admin);

        await GrowAsync(ddat, 200);

        var atTwoHundred = await CountAllAsync(ceo, admin);
        Assert.Equal(atTen, atTwoHundred);
        Assert.All(atTen.Values, count => Assert.InRange(count, 1, 12));
    }

    /// <summary>
    /// Grows the trust to <paramref name="schools"/> schools (at least the ten demo ones), each new
    /// one with a confirmed category, its action plan and a proposal awaiting confirmation, so the
    /// dashboard and action pages have rows per school to tempt an N+1.
    /// </summary>
    private async Task GrowAsync(Guid trust, int schools)
    {
        await factory.InTrustAsync(trust, async db =>
        {
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            var existing = await db.Schools.Select(s => s.Id).ToListAsync();
            var all = existing.ToList();
            for (var i = existing.Count; i < schools; i++)
            {
                var school = new School(new SchoolDetails(180000 + i, $"Growth School {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
                db.Schools.Add(school);
                all.Add(school.Id);
            }

            foreach (var id in all.Where(id => !db.Categorisations.Any(c => c.SchoolId == id)))
            {
                var category = scheme[all.IndexOf(id) % scheme.Count];
                var confirmed = SchoolCategorisation.Propose(id, category.Name, "Growth", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))], scheme, Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-200));
                confirmed.Confirm(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-200));
                db.Categorisations.Add(confirmed);
                db.Actions.AddRange(ActionPlan.FromStandardResponses(confirmed, category, new DateOnly(2025, 1, 1), DateTimeOffset.UtcNow));
                db.Categorisations.Add(SchoolCategorisation.Propose(id, category.Name, "Next", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category.Name, "n"))], scheme, Guid.NewGuid(), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<Dictionary<string, int>> CountAllAsync(HttpClient ceo, HttpClient admin)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in CeoPages)
        {
            counts[page] = await CountAsync(ceo, page);
        }

        counts["/users"] = await CountAsync(admin, "/users");
        counts["school profile"] = await CountAsync(ceo, $"/schools/{await FirstSchoolAsync()}");
        return counts;
    }

    private async Task<Guid> FirstSchoolAsync()
    {
        var ddat = await factory.TrustIdAsync("Derby");
        Guid id = default;
        await factory.InTrustAsync(ddat, async db => id = await db.Schools.Where(s => s.Urn == 190001).Select(s => s.Id).SingleAsync());
        return id;
    }

    private async Task<int> CountAsync(HttpClient client, string page)
    {
        factory.Commands.Reset();
        using var response = await client.GetAsync(page);
        response.EnsureSuccessStatusCode();
        return factory.Commands.Count;
    }
}
