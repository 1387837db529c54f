using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Features;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// Trustees see published packs only: a draft (web or PDF) is 403 for them and never listed; the committee page lists the
/// published packs and what needs their decision at the next meeting; another trust's meetings and packs are 404 (with a
/// valid antiforgery token) and stay unchanged; a trust whose policy has no committee packs (Vine) has no such pages.
/// </summary>
public sealed class CommitteePackAccessTests(CommitteePortalFactory factory) : IClassFixture<CommitteePortalFactory>
{
    [Fact]
    public async Task A_trustee_cannot_reach_a_draft_on_the_web_or_as_a_pdf()
    {
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);

        using var draft = await trustee.GetAsync($"/committee/meetings/{meeting}/draft");
        using var draftPdf = await trustee.GetAsync($"/committee/meetings/{meeting}/draft/pdf");
        using var meetingPage = await trustee.GetAsync($"/committee/meetings/{meeting}");
        using var deputyDraft = await deputy.GetAsync($"/committee/meetings/{meeting}/draft");
        using var builderDraft = await director.GetAsync($"/committee/meetings/{meeting}/draft");

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draftPdf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, meetingPage.StatusCode);
        Assert.DoesNotContain(TestPackBuilder.Recommendation, await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, deputyDraft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, builderDraft.StatusCode);
        Assert.Contains(TestPackBuilder.Recommendation, await builderDraft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trustee_sees_published_packs_only_and_what_needs_a_decision_at_the_next_meeting()
    {
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var today = factory.Clock.Today();
        // The next meeting not yet held is today's: the others still scheduled are cancelled for this test.
        await factory.InTrustAsync(trust, async db =>
        {
            foreach (var m in await db.CommitteeMeetings.Where(m => m.Status == CommitteeMeetingStatus.Scheduled && m.MeetingOn >= today).ToListAsync())
            {
                m.Cancel(today);
            }

            await db.SaveChangesAsync();
        });
        var next = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, today);
        var unpublished = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        using (var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat))
        {
            using var publish = await clerk.PostFormAsync($"/committee/meetings/{next}/publish", new Dictionary<string, string>(), $"/committee/meetings/{next}");
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var pack = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, next));
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        using var builder = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var page = await trustee.GetDocumentAsync("/committee");
        var builderPage = await builder.GetDocumentAsync("/committee");

        Assert.NotNull(page.QuerySelector($"#packs tr[data-pack='{pack.Id}'] a[href='/committee/packs/{pack.Id}']"));
        Assert.Null(page.QuerySelector("#meetings"));
        Assert.Null(page.QuerySelector("#schedule"));
        Assert.DoesNotContain($"/committee/meetings/{unpublished}", page.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/draft", page.Source.Text, StringComparison.Ordinal);
        var items = page.QuerySelectorAll("#for-decision li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, i => i.Contains(TestPackBuilder.Recommendation, StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Contains(TestPackBuilder.Designation, StringComparison.Ordinal));
        Assert.NotNull(builderPage.QuerySelector($"#meetings tr[data-meeting='{unpublished}'] a[href='/committee/meetings/{unpublished}/draft']"));
        Assert.NotNull(builderPage.QuerySelector("#schedule"));

        // The published web view links every school it names.
        var view = await trustee.GetDocumentAsync($"/committee/packs/{pack.Id}");
        var first = pack.Content().Sections[0].Tables[0].Rows[0];
        Assert.NotNull(view.QuerySelector($"#pack-content a[href='/schools/{first.SchoolId}']"));
    }

    [Fact]
    public async Task Another_trusts_meeting_and_pack_are_404_with_a_valid_token_and_unchanged()
    {
        var vineMeeting = await CommitteeTestData.MeetingAsync(factory, Browsing.VineTrust, Browsing.Vine, CommitteeTestData.UnusedDate());
        var vinePack = await CommitteeTestData.PublishedAsync(factory, Browsing.VineTrust, Browsing.Vine, vineMeeting, "Vine school");
        var before = await CommitteeTestData.ReadMeetingAsync(factory, Browsing.VineTrust, vineMeeting);
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var token = await clerk.AntiforgeryTokenAsync();

        using var meetingPage = await clerk.GetAsync($"/committee/meetings/{vineMeeting}");
        using var draft = await clerk.GetAsync($"/committee/meetings/{vineMeeting}/draft");
        using var draftPdf = await clerk.GetAsync($"/committee/meetings/{vineMeeting}/draft/pdf");
        using var packPage = await clerk.GetAsync($"/committee/packs/{vinePack}");
        using var packPdf = await clerk.GetAsync($"/committee/packs/{vinePack}/pdf");
        using var publish = await clerk.PostWithTokenAsync($"/committee/meetings/{vineMeeting}/publish", token);
        using var correct = await clerk.PostWithTokenAsync($"/committee/meetings/{vineMeeting}/corrections", token, [new("Correction.Reason", "Cross-trust")]);
        using var cancel = await clerk.PostWithTokenAsync($"/committee/meetings/{vineMeeting}/cancel", token, [new("Version", before.Version.ToString()), new("Confirm", "true")]);

        Assert.All([meetingPage, draft, draftPdf, packPage, packPdf, publish, correct, cancel], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var after = await CommitteeTestData.ReadMeetingAsync(factory, Browsing.VineTrust, vineMeeting);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(CommitteeMeetingStatus.Scheduled, after.Status);
        Assert.Equal([1], (await CommitteeTestData.PacksAsync(factory, Browsing.VineTrust, vineMeeting)).Select(p => p.Number));
        var vineTrust = await factory.TrustIdAsync(Browsing.VineTrust);
        Assert.Equal(0, await factory.InTrustAsync(vineTrust, db => db.AuditEntries.CountAsync(a => a.EntityId == vinePack.ToString() && a.Action == Infrastructure.Auditing.AuditAction.Downloaded)));
    }

    [Fact]
    public async Task A_trust_whose_policy_has_no_committee_packs_has_no_committee_pages()
    {
        var vineMeeting = await CommitteeTestData.MeetingAsync(factory, Browsing.VineTrust, Browsing.Vine, CommitteeTestData.UnusedDate());
        var vinePack = await CommitteeTestData.PublishedAsync(factory, Browsing.VineTrust, Browsing.Vine, vineMeeting, "Vine school");
        using var governance = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Vine);
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Vine);
        var token = await governance.AntiforgeryTokenAsync();

        using var index = await trustee.GetAsync("/committee");
        using var packPage = await trustee.GetAsync($"/committee/packs/{vinePack}");
        using var meetingPage = await governance.GetAsync($"/committee/meetings/{vineMeeting}");
        using var schedule = await governance.PostWithTokenAsync("/committee/meetings", token, [new("Schedule.MeetingOn", "2099-01-07")]);
        using var home = await trustee.GetAsync("/");
        var menu = await trustee.GetDocumentAsync(home.Headers.Location!.OriginalString);

        Assert.All([index, packPage, meetingPage, schedule], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Null(menu.QuerySelector("a[href='/committee']"));
        var vineTrust = await factory.TrustIdAsync(Browsing.VineTrust);
        Assert.Equal(0, await factory.InTrustAsync(vineTrust, db => db.CommitteeMeetings.CountAsync(m => m.MeetingOn == new DateOnly(2099, 1, 7))));
    }
}
