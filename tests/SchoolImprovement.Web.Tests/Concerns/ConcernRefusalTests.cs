using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.Concerns.ConcernTestData;

namespace SchoolImprovement.Web.Tests.Concerns;

/// <summary>
/// Only the profile's roles recommend and decide (DDAT: the Deputy CEO recommends; Vine: the Director of Learning),
/// and another trust's case and request ids are 404 with a valid antiforgery token, the record unchanged.
/// </summary>
public sealed class ConcernRefusalTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public ConcernRefusalTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2027, 1, 4, 9, 0, 0));
    }

    private Task<int> CasesAsync(Guid trust, Guid school) =>
        factory.InTrustAsync(trust, db => db.ConcernCases.CountAsync(c => c.SchoolId == school));

    [Fact]
    public async Task In_ddat_an_officer_and_the_director_of_learning_cannot_recommend_and_the_deputy_ceo_can()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190007);
        foreach (var role in new[] { TrustRole.SchoolImprovementOfficer, TrustRole.DirectorOfLearning, TrustRole.Ceo, TrustRole.Headteacher })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var page = await client.GetAsync(Recommend(school));
            var token = await client.AntiforgeryTokenAsync();
            using var posted = await client.PostWithTokenAsync(Recommend(school), token, [new("Grounds", "OverallEffectiveness"), new("Evidence", "x"), new("ProposedResponse", "RaisingAchievementBoard")]);
            Assert.True(page.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)page.StatusCode}");
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(0, await CasesAsync(ddat, school));
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        await RecommendedAsync(deputy, school);
        Assert.Equal(1, await CasesAsync(ddat, school));
    }

    [Fact]
    public async Task In_vine_the_director_of_learning_recommends_a_trust_improvement_board_and_the_deputy_ceo_cannot()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290003);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Vine);
        using var refused = await deputy.GetAsync(Recommend(school));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var form = await director.GetDocumentAsync(Recommend(school));
        Assert.NotNull(form.QuerySelector("#ProposedResponse-TrustImprovementBoard"));
        Assert.Null(form.QuerySelector("#ProposedResponse-RaisingAchievementBoard"));
        var id = await RecommendedAsync(director, school, "TrustImprovementBoard");

        var saved = await CaseAsync(factory, vine, id);
        Assert.Equal(Domain.Boards.BoardKind.TrustImprovementBoard, saved!.ProposedResponse);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine)), saved.RecommendedBy);
    }

    [Fact]
    public async Task The_deputy_ceo_cannot_designate_decline_or_recommend_exit_and_an_officer_cannot_record_the_committees_decision()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var id = await RecommendedAsync(deputy, school);
        var version = (await CaseAsync(factory, ddat, id))!.Version;

        var token = await deputy.AntiforgeryTokenAsync();
        foreach (var action in new[] { "designate", "decline", "exit" })
        {
            using var posted = await deputy.PostWithTokenAsync($"/concerns/{id}/{action}", token, [new("Version", version.ToString()), new("Reasons", "x"), new("Confirm", "true")]);
            Assert.True(posted.StatusCode == HttpStatusCode.Forbidden, $"{action}: {(int)posted.StatusCode}");
        }

        Assert.Null((await deputy.GetDocumentAsync(Case(id))).QuerySelector($"form[action='/concerns/{id}/designate']"));
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var decision = await officer.PostWithTokenAsync($"/concerns/{id}/exit-decision", await officer.AntiforgeryTokenAsync(), [new("Version", version.ToString()), new("Accepted", "true")]);
        Assert.Equal(HttpStatusCode.Forbidden, decision.StatusCode);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var read = await head.GetAsync(Case(id));
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);

        var unchanged = await CaseAsync(factory, ddat, id);
        Assert.Equal((ConcernStatus.Recommended, version, null), (unchanged!.Status, unchanged.Version, unchanged.DecidedBy));
        Assert.Null((await ConcernTestData.SchoolAsync(factory, ddat, school)).CausingConcernSince);
    }

    [Fact]
    public async Task Another_trusts_case_and_request_ids_are_not_found_and_left_unchanged()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290002);
        var director = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Vine));
        var vineCeo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Vine));

        // A Vine recommendation, and a designated Vine case with a pending support request.
        var (recommended, designated, request) = await factory.InTrustAsync(vine, async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            var schools = await db.Schools.Where(s => s.Urn == 290002 || s.Urn == 290004).OrderBy(s => s.Urn).ToListAsync();
            var now = DateTimeOffset.UtcNow;
            var first = ConcernCase.Recommend(schools[0], [ConcernGround.OverallEffectiveness], "Vine evidence.", profile.BoardKinds[0], profile.BoardKinds, false, director, now);
            var second = ConcernCase.Recommend(schools[1], [ConcernGround.SafeguardingFailure], "Vine evidence.", profile.BoardKinds[0], profile.BoardKinds, false, director, now);
            second.Designate(schools[1], null, vineCeo, now, new DateOnly(2027, 1, 4));
            var support = ExternalSupportRequest.Request(second, "Vine consultant", null, 100m, director, now);
            db.ConcernCases.AddRange(first, second);
            db.ExternalSupportRequests.Add(support);
            await db.SaveChangesAsync();
            return (first, second, support);
        });

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var deputyToken = await deputy.AntiforgeryTokenAsync();
        var ceoToken = await ceo.AntiforgeryTokenAsync();
        var clerkToken = await clerk.AntiforgeryTokenAsync();
        var officerToken = await officer.AntiforgeryTokenAsync();
        var posts = new (HttpClient Client, string Token, string Url, KeyValuePair<string, string>[] Fields)[]
        {
            (ceo, ceoToken, $"/concerns/{recommended.Id}/designate", [new("Version", recommended.Version.ToString())]),
            (ceo, ceoToken, $"/concerns/{recommended.Id}/decline", [new("Version", recommended.Version.ToString()), new("Reasons", "x"), new("Confirm", "true")]),
            (ceo, ceoToken, $"/concerns/{designated.Id}/exit", [new("Version", designated.Version.ToString()), new("Reasons", "x"), new("Confirm", "true")]),
            (ceo, ceoToken, $"/external-support/{request.Id}/decide", [new("Version", request.Version.ToString()), new("Approved", "true")]),
            (clerk, clerkToken, $"/concerns/{designated.Id}/committee-informed", [new("Version", designated.Version.ToString()), new("InformedOn", "2027-01-04")]),
            (officer, officerToken, $"/concerns/{designated.Id}/external-support", [new("Purpose", "x"), new("Cost", "1")]),
            (deputy, deputyToken, $"/schools/{vineSchool}/concerns/recommend", [new("Grounds", "OverallEffectiveness"), new("Evidence", "x"), new("ProposedResponse", "RaisingAchievementBoard")]),
        };
        foreach (var (client, token, url, fields) in posts)
        {
            using var posted = await client.PostWithTokenAsync(url, token, fields);
            Assert.True(posted.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)posted.StatusCode}");
        }

        using var read = await ceo.GetAsync(Case(designated.Id));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);

        var first = await CaseAsync(factory, vine, recommended.Id);
        var second = await CaseAsync(factory, vine, designated.Id);
        Assert.Equal((ConcernStatus.Recommended, recommended.Version), (first!.Status, first.Version));
        Assert.Equal((ConcernStatus.Designated, designated.Version, null), (second!.Status, second.Version, second.CommitteeInformedOn));
        Assert.Equal(3, second.Events.Count);
        var support = Assert.Single(await SupportAsync(factory, vine, designated.Id));
        Assert.Equal((ExternalSupportStatus.Requested, request.Version), (support.Status, support.Version));
        Assert.Equal(1, await CasesAsync(vine, vineSchool));
    }

    [Fact]
    public async Task With_the_capability_switched_off_the_pages_are_not_found_and_the_profile_offers_no_link()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190006);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        Assert.NotNull((await deputy.GetDocumentAsync($"/schools/{school}")).QuerySelector($"#concern-links a[href='{Recommend(school)}']"));

        await SwitchAsync(ddat, on: false);
        try
        {
            using var page = await deputy.GetAsync(Recommend(school));
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Null((await deputy.GetDocumentAsync($"/schools/{school}")).QuerySelector("#concern-links"));
        }
        finally
        {
            await SwitchAsync(ddat, on: true);
        }
    }

    private Task SwitchAsync(Guid trust, bool on) =>
        factory.InTrustAsync(trust, async db =>
        {
            var profile = await db.PolicyProfiles.SingleAsync();
            var content = profile.Content;
            profile.Revise(content with
            {
                Capabilities = on
                    ? [.. content.Capabilities.Append(Domain.Policy.PolicyCapability.ConcernDesignation).Distinct()]
                    : [.. content.Capabilities.Where(c => c != Domain.Policy.PolicyCapability.ConcernDesignation)],
            });
            await db.SaveChangesAsync();
        });
}
