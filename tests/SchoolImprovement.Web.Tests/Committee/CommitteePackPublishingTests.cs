using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Interceptors;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// Publishing a pack: version 1 is the content read at that moment, stored with its SHA-256; publishing again is refused
/// (a change is a correction, which needs a reason and becomes the next version, the earlier one saying it is superseded);
/// a published pack is an immutable snapshot: after the data changes, its web view, JSON and hash are as they were, and a
/// save that would modify or delete it is refused.
/// </summary>
public sealed class CommitteePackPublishingTests(CommitteePortalFactory factory) : IClassFixture<CommitteePortalFactory>
{
    private async Task<(Guid Meeting, HttpClient Clerk)> MeetingAsync()
    {
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        return (meeting, await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat));
    }

    private Task RenameAsync(Guid trust, Guid school, string name) =>
        factory.InTrustAsync(trust, async db =>
        {
            var record = await db.Schools.SingleAsync(s => s.Id == school);
            db.Entry(record).Property(s => s.Name).CurrentValue = name;
            await db.SaveChangesAsync();
        });

    private static Task<HttpResponseMessage> PublishAsync(HttpClient clerk, Guid meeting) =>
        clerk.PostFormAsync($"/committee/meetings/{meeting}/publish", new Dictionary<string, string>(), $"/committee/meetings/{meeting}");

    private static Task<HttpResponseMessage> CorrectAsync(HttpClient clerk, Guid meeting, string reason) =>
        clerk.PostFormAsync($"/committee/meetings/{meeting}/corrections", new() { ["Correction.Reason"] = reason }, $"/committee/meetings/{meeting}");

    [Fact]
    public async Task Publishing_stores_version_1_as_json_with_its_hash()
    {
        var (meeting, clerk) = await MeetingAsync();
        using (clerk)
        {
            using var response = await PublishAsync(clerk, meeting);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var pack = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
            Assert.Equal($"/committee/packs/{pack.Id}", response.Headers.Location!.OriginalString);
            Assert.Equal(1, pack.Number);
            Assert.Null(pack.CorrectionReason);
            Assert.Equal(PackSnapshot.Hash(pack.ContentJson), pack.ContentHash);
            Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.GovernanceProfessional, Browsing.Ddat)), pack.PublishedBy);
            var content = pack.Content();
            Assert.Equal((await CommitteeTestData.ReadMeetingAsync(factory, Browsing.DdatTrust, meeting)).MeetingOn, content.MeetingOn);
            Assert.Contains(TestPackBuilder.Recommendation, content.Items.Select(i => i.Text));

            var page = await clerk.GetDocumentAsync($"/committee/packs/{pack.Id}");
            Assert.Equal(pack.ContentHash, page.QuerySelector("#pack-hash")!.TextContent);
            Assert.StartsWith("Version 1, published", page.QuerySelector("#edition-label")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#superseded"));
        }
    }

    [Fact]
    public async Task Publishing_again_is_refused_and_names_the_correction()
    {
        var (meeting, clerk) = await MeetingAsync();
        using (clerk)
        {
            using var first = await PublishAsync(clerk, meeting);
            using var second = await PublishAsync(clerk, meeting);

            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Contains("publish a correction", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
        }
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_becomes_the_next_version_superseding_the_first()
    {
        var (meeting, clerk) = await MeetingAsync();
        using (clerk)
        {
            using var publish = await PublishAsync(clerk, meeting);
            using var noReason = await CorrectAsync(clerk, meeting, "  ");
            var afterRefusal = await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting);
            using var corrected = await CorrectAsync(clerk, meeting, "The headline data was re-validated.");

            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Contains("Say why the pack is corrected", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Single(afterRefusal);
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
            var packs = await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting);
            Assert.Equal([1, 2], packs.Select(p => p.Number));
            Assert.Equal("The headline data was re-validated.", packs[1].CorrectionReason);
            Assert.Equal(afterRefusal[0].ContentJson, packs[0].ContentJson);
            Assert.Equal(afterRefusal[0].ContentHash, packs[0].ContentHash);

            var old = await clerk.GetDocumentAsync($"/committee/packs/{packs[0].Id}");
            Assert.Contains("superseded by version 2", old.QuerySelector("#superseded")!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/committee/packs/{packs[1].Id}", old.QuerySelector("#superseded a")!.GetAttribute("href"));
            var latest = await clerk.GetDocumentAsync($"/committee/packs/{packs[1].Id}");
            Assert.Null(latest.QuerySelector("#superseded"));
            Assert.Equal("The headline data was re-validated.", latest.QuerySelector("#correction-reason")!.TextContent);
            var meetingPage = await clerk.GetDocumentAsync($"/committee/meetings/{meeting}");
            Assert.Equal(2, meetingPage.QuerySelectorAll("#versions tbody tr").Length);
        }
    }

    [Fact]
    public async Task A_published_pack_is_unchanged_when_the_data_changes_after_publishing()
    {
        var (meeting, clerk) = await MeetingAsync();
        using (clerk)
        {
            using var publish = await PublishAsync(clerk, meeting);
            var before = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
            var viewBefore = (await clerk.GetDocumentAsync($"/committee/packs/{before.Id}")).QuerySelector("#pack-content")!.OuterHtml;
            var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
            var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
            var oldName = await factory.InTrustAsync(trust, db => db.Schools.Where(s => s.Id == school).Select(s => s.Name).SingleAsync());
            const string newName = "Renamed After Publishing Academy";
            Assert.Contains(oldName, viewBefore, StringComparison.Ordinal);

            await RenameAsync(trust, school, newName);
            try
            {
                var viewAfter = (await clerk.GetDocumentAsync($"/committee/packs/{before.Id}")).QuerySelector("#pack-content")!.OuterHtml;
                var draft = (await clerk.GetDocumentAsync($"/committee/meetings/{meeting}/draft")).QuerySelector("#pack-content")!.OuterHtml;
                var after = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));

                Assert.Contains(newName, draft, StringComparison.Ordinal);
                Assert.Equal(viewBefore, viewAfter);
                Assert.DoesNotContain(newName, viewAfter, StringComparison.Ordinal);
                Assert.Equal(before.ContentJson, after.ContentJson);
                Assert.Equal(before.ContentHash, after.ContentHash);
                Assert.Equal(PackSnapshot.Hash(after.ContentJson), after.ContentHash);
            }
            finally
            {
                await RenameAsync(trust, school, oldName);
            }
        }
    }

    [Fact]
    public async Task A_save_that_modifies_or_deletes_a_published_pack_is_refused()
    {
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, CommitteeTestData.UnusedDate());
        var packId = await CommitteeTestData.PublishedAsync(factory, Browsing.DdatTrust, Browsing.Ddat, meeting);
        var trust = await factory.TrustIdAsync(Browsing.DdatTrust);
        var before = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));

        var modify = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.InTrustAsync(trust, async db =>
        {
            var pack = await db.CommitteePacks.SingleAsync(p => p.Id == packId);
            db.Entry(pack).Property(p => p.ContentJson).CurrentValue = "{\"TrustName\":\"Tampered\"}";
            db.Entry(pack).Property(p => p.ContentHash).CurrentValue = PackSnapshot.Hash("{\"TrustName\":\"Tampered\"}");
            await db.SaveChangesAsync();
        }));
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.InTrustAsync(trust, async db =>
        {
            db.CommitteePacks.Remove(await db.CommitteePacks.SingleAsync(p => p.Id == packId));
            await db.SaveChangesAsync();
        }));

        Assert.Equal(CommitteePackImmutabilityInterceptor.Refusal, modify.Message);
        Assert.Equal(CommitteePackImmutabilityInterceptor.Refusal, delete.Message);
        var after = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
        Assert.Equal(before.ContentJson, after.ContentJson);
        Assert.Equal(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public async Task A_cancelled_meeting_takes_no_pack()
    {
        var (meeting, clerk) = await MeetingAsync();
        using (clerk)
        {
            await factory.InTrustAsync(await factory.TrustIdAsync(Browsing.DdatTrust), async db =>
            {
                var m = await db.CommitteeMeetings.SingleAsync(x => x.Id == meeting);
                m.Cancel(m.MeetingOn);
                await db.SaveChangesAsync();
            });

            using var response = await PublishAsync(clerk, meeting);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("This meeting is cancelled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Empty(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
        }
    }
}
