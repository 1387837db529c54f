using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Actions;

/// <summary>
/// A DDAT user whose role may change actions posts, with a valid antiforgery token, to a Vine
/// action's URLs: each answers 404 (another trust's record is missing) and the Vine action is unchanged.
/// </summary>
public sealed class ActionCrossTrustTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string> Writes => new()
    {
        { "edit", "Title", "Rewritten from another trust" },
        { "status", "Change", "Complete" },
        { "impact", "Evidence", "Written from another trust" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_post_to_another_trusts_action_is_not_found_and_changes_nothing(string write, string field, string value)
    {
        var vine = await factory.TrustIdAsync("Vine");
        var action = default(ImprovementAction)!;
        await factory.InTrustAsync(vine, async db =>
        {
            var school = await db.Schools.Where(s => s.Urn == 290001).Select(s => s.Id).SingleAsync();
            action = ImprovementAction.Create(school, $"Vine action for the {write} test", ActionSource.Visit, null, TrustRole.Headteacher, null, new DateOnly(2099, 7, 31), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = action.Version.ToString(),
            ["Title"] = "Vine action",
            ["OwnerRole"] = TrustRole.Headteacher,
            ["DueOn"] = "2099-07-31",
            [field] = value,
        };

        using var response = await director.PostFormAsync($"/actions/{action.Id}/{write}", fields, formPage: "/actions/mine");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await factory.InTrustAsync(vine, async db =>
        {
            var stored = await db.Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id);
            Assert.Equal((action.Title, action.Status, action.EvidenceOfImpact, action.Version), (stored.Title, stored.Status, stored.EvidenceOfImpact, stored.Version));
        });
    }
}
