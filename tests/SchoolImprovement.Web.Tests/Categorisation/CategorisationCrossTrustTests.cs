using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Categorisation;

/// <summary>
/// DDAT's Director of Learning (who may confirm, return and plan in their own trust) posts, with a
/// valid antiforgery token, to a Vine proposal's URLs: each answers 404 and the proposal is unchanged.
/// </summary>
public sealed class CategorisationCrossTrustTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("confirm", 290006)]
    [InlineData("return", 290007)]
    [InlineData("plan", 290003)]
    public async Task A_decision_posted_to_another_trusts_proposal_is_not_found_and_changes_nothing(string decision, int urn)
    {
        var vine = await factory.TrustIdAsync("Vine");
        var proposal = await Proposals.PendingAsync(factory, vine, urn);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = proposal.Version.ToString(),
            ["Reason"] = "Returned from another trust",
            ["Actions"] = "Planned from another trust",
        };

        using var response = await director.PostFormAsync($"/categorisations/{proposal.Id}/{decision}", fields, formPage: "/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.InTrustAsync(vine, async db =>
        {
            var stored = await db.Categorisations.AsNoTracking().SingleAsync(c => c.Id == proposal.Id);
            Assert.Equal(CategorisationStatus.Proposed, stored.Status);
            Assert.Equal(proposal.Version, stored.Version);
            Assert.Null(stored.ReturnReason);
            Assert.Null(stored.PlannedActions);
            Assert.False(await db.Actions.AnyAsync(a => a.SourceId == proposal.Id));
        });
    }
}

/// <summary>Test data: a proposal awaiting a decision, made by nobody who signs in (so any Director of Learning may decide it).</summary>
internal static class Proposals
{
    public static async Task<SchoolCategorisation> PendingAsync(PortalFactory portal, Guid trust, int urn, string category = "Support")
    {
        SchoolCategorisation proposal = null!;
        await portal.InTrustAsync(trust, async db =>
        {
            var school = await db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync();
            foreach (var pending in await db.Categorisations.Where(c => c.SchoolId == school && c.Status == CategorisationStatus.Proposed).ToListAsync())
            {
                pending.Return(Guid.NewGuid(), "Cleared for the test", DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            var scheme = (await db.PolicyProfiles.SingleAsync()).Categories;
            proposal = SchoolCategorisation.Propose(school, category, $"Why {category}", [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category, "Seen"))], scheme, Guid.NewGuid(), DateTimeOffset.UtcNow);
            db.Categorisations.Add(proposal);
            await db.SaveChangesAsync();
        });
        return proposal;
    }
}
