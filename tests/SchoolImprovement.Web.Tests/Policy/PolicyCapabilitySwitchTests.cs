using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Policy;

/// <summary>
/// A capability the trust's policy does not use is absent: its pages answer 404 and the links and panels to them are left out,
/// until the trust administrator switches it on on the policy page. Website checks: Vine §4 only, so off for DDAT.
/// </summary>
public sealed class PolicyCapabilitySwitchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Edit = "/policy/edit";

    private static bool LinksTo(IDocument page, string href) => page.QuerySelectorAll($"a[href='{href}']").Length > 0;

    [Fact]
    public async Task Website_checks_switched_off_answer_404_and_leave_the_pages_until_the_administrator_switches_them_on()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var checks = $"/schools/{school}/website-checks";
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        Assert.DoesNotContain(PolicyCapability.WebsiteChecks, await factory.CapabilitiesAsync(Browsing.DdatTrust));

        using (var list = await director.GetAsync(checks))
        {
            Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        }

        using (var form = await director.GetAsync($"{checks}/new"))
        {
            Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        }

        using (var post = await director.PostWithTokenAsync($"{checks}/new", await director.AntiforgeryTokenAsync(), [new("CheckedOn", "2026-10-14"), new("Outcome", "Moderated")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(0, await factory.InTrustAsync(ddat, db => db.WebsiteChecks.CountAsync(c => c.SchoolId == school)));
        var profile = await director.GetDocumentAsync($"/schools/{school}");
        Assert.False(LinksTo(profile, checks));
        Assert.Null(profile.QuerySelector("[data-website]"));
        var returns = await director.GetDocumentAsync("/returns");
        Assert.Null(returns.QuerySelector("#website-counts"));
        Assert.Null(returns.QuerySelector("select#Website"));
        Assert.Empty(returns.QuerySelectorAll("td[data-website]"));
        Assert.NotEmpty(returns.QuerySelectorAll("td[data-document]"));

        using var admin = await factory.SignedInAsAsync(TrustRole.TrustAdministrator, Browsing.Ddat);
        var fields = await admin.FieldsAsync(Edit, Edit);
        fields.Add(new("Capabilities", nameof(PolicyCapability.WebsiteChecks)));
        using (var saved = await admin.SubmitAsync(Edit, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains(PolicyCapability.WebsiteChecks, await factory.CapabilitiesAsync(Browsing.DdatTrust));
        using (var list = await director.GetAsync(checks))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }

        Assert.True(LinksTo(await director.GetDocumentAsync($"/schools/{school}"), checks));
        returns = await director.GetDocumentAsync("/returns");
        Assert.NotNull(returns.QuerySelector("#website-counts"));
        Assert.True(LinksTo(returns, checks));
    }
}
