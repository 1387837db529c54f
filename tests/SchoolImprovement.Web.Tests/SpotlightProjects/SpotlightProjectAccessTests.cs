using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.SpotlightProjects;

/// <summary>
/// Who opens, visits and reads Spotlight projects: the improvement team leads them; a headteacher reads their own
/// school's project but neither opens nor visits, and gets 403 on another school's; another trust's project is 404
/// (with a valid antiforgery token) and stays unchanged; a trust whose policy has no Spotlight projects has no pages;
/// rules refuse with the input kept.
/// </summary>
public sealed class SpotlightProjectAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(Guid Trust, Guid Project, Guid Version)> ProjectAsync(string trustPrefix, string domain, int urn)
    {
        var trust = await factory.TrustIdAsync(trustPrefix);
        var school = await factory.SchoolIdAsync(trustPrefix, urn);
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, domain));
        return await factory.InTrustAsync(trust, async db =>
        {
            var existing = await db.SpotlightProjects.SingleOrDefaultAsync(p => p.SchoolId == school && p.Status == SpotlightStatus.Open);
            if (existing is not null)
            {
                return (trust, existing.Id, existing.Version);
            }

            var on = new DateOnly(2025, 9, 10);
            var project = SpotlightProject.Open(school, SpotlightOrigin.ByHand, "Test project", officer, null, "A. Member", on, on);
            db.SpotlightProjects.Add(project);
            await db.SaveChangesAsync();
            return (trust, project.Id, project.Version);
        });
    }

    private static List<KeyValuePair<string, string>> Visit(Guid version) =>
        [new("Version", version.ToString()), new("VisitedOn", "2025-10-01"), new("Strengths", "Strong"), new("NextSteps", "Next")];

    [Fact]
    public async Task A_headteacher_reads_their_own_schools_project_but_cannot_open_or_visit()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        var (trust, project, version) = await ProjectAsync(Browsing.DdatTrust, Browsing.Ddat, 190001);
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        var page = await head.GetDocumentAsync($"/spotlight/{project}");
        Assert.Equal("Test project", page.QuerySelector("#reason")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#new-visit"));
        var list = await head.GetDocumentAsync("/spotlight");
        Assert.Equal([$"/spotlight/{project}"], list.QuerySelectorAll("#projects tbody a").Select(a => a.GetAttribute("href")));

        var token = await head.AntiforgeryTokenAsync();
        using var open = await head.GetAsync($"/schools/{school}/spotlight/new");
        using var openPost = await head.PostWithTokenAsync($"/schools/{school}/spotlight/new", token,
            [new("Origin", nameof(SpotlightOrigin.ByHand)), new("Reason", "Mine"), new("LocalCommitteeMemberName", "X"), new("OpenedOn", "2025-10-01")]);
        using var visit = await head.PostWithTokenAsync($"/spotlight/{project}/visits", token, Visit(version));
        using var close = await head.PostWithTokenAsync($"/spotlight/{project}/close", token, [new("Version", version.ToString()), new("Outcome", "Done"), new("ClosedOn", "2025-10-01")]);

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, openPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, visit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        await factory.InTrustAsync(trust, async db =>
        {
            Assert.Equal(1, await db.SpotlightProjects.CountAsync(p => p.SchoolId == school));
            Assert.Equal(0, await db.SpotlightVisits.CountAsync(v => v.ProjectId == project));
            Assert.Equal(SpotlightStatus.Open, (await db.SpotlightProjects.SingleAsync(p => p.Id == project)).Status);
        });
    }

    [Fact]
    public async Task Another_schools_headteacher_and_local_committee_member_get_403_on_the_project_page()
    {
        var (_, project, _) = await ProjectAsync(Browsing.DdatTrust, Browsing.Ddat, 190004);
        foreach (var role in new[] { TrustRole.Headteacher, TrustRole.LocalCommitteeMember })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var response = await client.GetAsync($"/spotlight/{project}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var list = await client.GetDocumentAsync("/spotlight");
            Assert.Null(list.QuerySelector($"a[href='/spotlight/{project}']"));
        }

        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        Assert.Equal(HttpStatusCode.OK, (await trustee.GetAsync($"/spotlight/{project}")).StatusCode);
    }

    [Fact]
    public async Task Another_trusts_project_is_404_with_a_valid_token_and_stays_unchanged()
    {
        var (vine, project, version) = await ProjectAsync(Browsing.VineTrust, Browsing.Vine, 290001);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var token = await officer.AntiforgeryTokenAsync();

        using var page = await officer.GetAsync($"/spotlight/{project}");
        using var visit = await officer.PostWithTokenAsync($"/spotlight/{project}/visits", token, Visit(version));
        using var close = await officer.PostWithTokenAsync($"/spotlight/{project}/close", token, [new("Version", version.ToString()), new("Outcome", "Done"), new("ClosedOn", "2025-10-01")]);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, visit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        await factory.InTrustAsync(vine, async db =>
        {
            var kept = await db.SpotlightProjects.AsNoTracking().SingleAsync(p => p.Id == project);
            Assert.Equal(SpotlightStatus.Open, kept.Status);
            Assert.Equal(version, kept.Version);
            Assert.Null(kept.Outcome);
            Assert.Equal(0, await db.SpotlightVisits.CountAsync(v => v.ProjectId == project));
        });
    }

    [Fact]
    public async Task Vine_does_not_use_Spotlight_projects_so_its_pages_are_404()
    {
        var (_, project, _) = await ProjectAsync(Browsing.VineTrust, Browsing.Vine, 290001);
        var school = await factory.SchoolIdAsync(Browsing.VineTrust, 290002);
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Vine);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/spotlight")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/spotlight/{project}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/schools/{school}/spotlight/new")).StatusCode);
    }

    [Fact]
    public async Task Opening_by_hand_without_a_reason_is_refused_with_the_input_kept_and_a_second_open_project_is_refused()
    {
        factory.Clock.PinUk(new DateTime(2026, 10, 15, 9, 0, 0));
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190003);
        var officerId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        using var lead = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var url = $"/schools/{school}/spotlight/new";
        var form = await lead.GetDocumentAsync(url);
        Assert.Equal(nameof(SpotlightOrigin.ByHand), form.QuerySelector("input[name=Origin]")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("#Reason")!.TextContent);
        var fields = new Dictionary<string, string>
        {
            ["Origin"] = nameof(SpotlightOrigin.ByHand), ["Reason"] = " ", ["OfficerUserId"] = officerId.ToString(),
            ["LocalCommitteeMemberName"] = "Pat Governor", ["OpenedOn"] = "2026-10-14",
        };

        using var refused = await lead.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("Give the reason for opening a Spotlight project by hand.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pat Governor", page.QuerySelector("#LocalCommitteeMemberName")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"#OfficerUserId option[value='{officerId}'][selected]"));
        Assert.Equal(0, await factory.InTrustAsync(trust, db => db.SpotlightProjects.CountAsync(p => p.SchoolId == school)));

        fields["Reason"] = "Phonics screening fell sharply; the headteacher asked for support.";
        using var opened = await lead.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        using var again = await lead.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already has an open Spotlight project", (await again.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var saved = Assert.Single(await factory.InTrustAsync(trust, db => db.SpotlightProjects.AsNoTracking().Where(p => p.SchoolId == school).ToListAsync()));
        Assert.Equal(SpotlightOrigin.ByHand, saved.Origin);
        Assert.Equal("Pat Governor", saved.LocalCommitteeMemberName);
    }

    [Fact]
    public async Task A_visit_without_next_steps_or_an_action_without_an_owner_is_refused_and_nothing_is_saved()
    {
        factory.Clock.PinUk(new DateTime(2026, 10, 15, 9, 0, 0));
        var (trust, project, version) = await ProjectAsync(Browsing.DdatTrust, Browsing.Ddat, 190005);
        using var lead = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var page = $"/spotlight/{project}";

        using var refused = await lead.PostFormAsync($"{page}/visits", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(), ["VisitedOn"] = "2026-10-14", ["Strengths"] = "Kept strengths", ["NextSteps"] = " ",
        }, page);
        using var noOwner = await lead.PostFormAsync($"{page}/visits", new Dictionary<string, string>
        {
            ["Version"] = version.ToString(), ["VisitedOn"] = "2026-10-14", ["Strengths"] = "S", ["NextSteps"] = "N",
            ["Actions[0].Title"] = "An action with no owner", ["Actions[0].DueOn"] = "2026-12-01",
        }, page);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await refused.DocumentAsync();
        Assert.Contains("Record the next steps agreed", shown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept strengths", shown.QuerySelector("#Strengths")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, noOwner.StatusCode);
        Assert.Contains("Choose each action's owner", (await noOwner.DocumentAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await factory.InTrustAsync(trust, async db =>
        {
            Assert.Equal(0, await db.SpotlightVisits.CountAsync(v => v.ProjectId == project));
            Assert.Equal(0, await db.Actions.CountAsync(a => a.Title == "An action with no owner"));
        });
    }
}
