using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Actions;

/// <summary>
/// The defect the security review found: an impact POST with an empty evidence field showed the
/// action's page before any school-access check, so a headteacher could read any action of the
/// trust by its id. Posted with valid antiforgery tokens, so the access check is what answers.
/// </summary>
public sealed class ImpactEvidenceAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(Guid Trust, Guid School)> SchoolAsync(string trustPrefix, int urn)
    {
        var trust = await factory.TrustIdAsync(trustPrefix);
        Guid school = default;
        await factory.InTrustAsync(trust, async db => school = await db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync());
        return (trust, school);
    }

    private async Task<Guid> ActionAsync(Guid trust, Guid school, string title)
    {
        var action = ImprovementAction.Create(school, title, ActionSource.Visit, null, TrustRole.Headteacher, null, new DateOnly(2099, 7, 31), new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow);
        await factory.InTrustAsync(trust, async db =>
        {
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        });
        return action.Id;
    }

    private async Task<(string? Evidence, Guid Version)> StoredAsync(Guid trust, Guid id)
    {
        (string?, Guid) stored = default;
        await factory.InTrustAsync(trust, async db => stored = await db.Actions.Where(a => a.Id == id).Select(a => ValueTuple.Create(a.EvidenceOfImpact, a.Version)).SingleAsync());
        return stored;
    }

    private static Dictionary<string, string> EmptyEvidence(Guid version) => new() { ["Version"] = version.ToString(), ["Evidence"] = "" };

    [Fact]
    public async Task Empty_evidence_posted_by_a_headteacher_for_another_schools_action_is_forbidden_and_does_not_show_it()
    {
        var (ddat, own) = await SchoolAsync("Derby", 190001);
        var (_, other) = await SchoolAsync("Derby", 190004);
        var mine = await ActionAsync(ddat, own, "Own school: embed the new reading scheme");
        var title = $"Another school's confidential action {Guid.NewGuid():N}";
        var theirs = await ActionAsync(ddat, other, title);
        var before = await StoredAsync(ddat, theirs);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var response = await head.PostFormAsync($"/actions/{theirs}/impact", EmptyEvidence(before.Version), formPage: $"/actions/{mine}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(ddat, theirs));
    }

    [Fact]
    public async Task Empty_evidence_posted_by_a_headteacher_for_another_trusts_action_is_not_found()
    {
        var (ddat, own) = await SchoolAsync("Derby", 190001);
        var (vine, vineSchool) = await SchoolAsync("Vine", 290001);
        var mine = await ActionAsync(ddat, own, "Own school: review the marking policy");
        var title = $"Vine's confidential action {Guid.NewGuid():N}";
        var theirs = await ActionAsync(vine, vineSchool, title);
        var before = await StoredAsync(vine, theirs);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var response = await head.PostFormAsync($"/actions/{theirs}/impact", EmptyEvidence(before.Version), formPage: $"/actions/{mine}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(vine, theirs));
    }

    [Fact]
    public async Task Empty_evidence_on_the_headteachers_own_schools_action_shows_the_page_again_with_the_message_and_saves_nothing()
    {
        var (ddat, own) = await SchoolAsync("Derby", 190001);
        var mine = await ActionAsync(ddat, own, "Own school: raise attendance in Year 4");
        var before = await StoredAsync(ddat, mine);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var impact = $"/actions/{mine}/impact";

        using var refused = await head.SubmitAsync(impact, (await head.FieldsAsync($"/actions/{mine}", impact)).With("Evidence", ""));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Describe the evidence of impact.", page.QuerySelector("[aria-labelledby=error-summary-title]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("Own school: raise attendance in Year 4", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"form[action='{impact}']"));
        Assert.Equal(before, await StoredAsync(ddat, mine));
        Assert.Null(before.Evidence);
    }
}
