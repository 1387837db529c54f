using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Committee;

/// <summary>
/// The pack as a PDF: a published version is sent as an application/pdf attachment named for its meeting and version,
/// drawn from the stored snapshot with its edition and hash, and every download is in the audit trail (who, which
/// version); the live draft is the builders' only, labelled "Draft, not for circulation" and named as a draft.
/// </summary>
public sealed class CommitteePackDownloadTests(CommitteePortalFactory factory) : IClassFixture<CommitteePortalFactory>
{
    private Task<List<AuditEntry>> DownloadsAsync(Guid pack) =>
        factory.TrustIdAsync(Browsing.DdatTrust).ContinueWith(t => factory.InTrustAsync(t.Result,
            db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(CommitteePack) && a.EntityId == pack.ToString() && a.Action == AuditAction.Downloaded).ToListAsync())).Unwrap();

    [Fact]
    public async Task Every_download_of_a_published_pack_is_audited_with_who_and_which_version()
    {
        var on = CommitteeTestData.UnusedDate();
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, on);
        var pack = await CommitteeTestData.PublishedAsync(factory, Browsing.DdatTrust, Browsing.Ddat, meeting);
        var stored = Assert.Single(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
        using var trustee = await factory.SignedInAsAsync(TrustRole.Trustee, Browsing.Ddat);
        Assert.Empty(await DownloadsAsync(pack));

        using var first = await trustee.GetAsync($"/committee/packs/{pack}/pdf");
        using var second = await trustee.GetAsync($"/committee/packs/{pack}/pdf");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains($"committee-pack-{on:yyyy-MM-dd}-v1.pdf", string.Join(";", first.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(await first.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF-", body, StringComparison.Ordinal);
        Assert.Contains("% Version 1, published", body, StringComparison.Ordinal);
        Assert.Contains($"% hash {stored.ContentHash}", body, StringComparison.Ordinal);

        var audited = await DownloadsAsync(pack);
        Assert.Equal(2, audited.Count);
        var trusteeId = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Trustee, Browsing.Ddat));
        Assert.All(audited, a => Assert.Equal(trusteeId, a.UserId));
        Assert.All(audited, a => Assert.Contains(stored.ContentHash, a.Changes, StringComparison.Ordinal));
        Assert.All(audited, a => Assert.Contains($"committee-pack-{on:yyyy-MM-dd}-v1.pdf", a.Changes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_draft_pdf_is_for_builders_labelled_as_a_draft_and_not_audited_as_a_pack()
    {
        var on = CommitteeTestData.UnusedDate();
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, on);
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var response = await clerk.GetAsync($"/committee/meetings/{meeting}/draft/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"committee-pack-{on:yyyy-MM-dd}-draft.pdf", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("% Draft, not for circulation", body, StringComparison.Ordinal);
        Assert.Contains("% hash none", body, StringComparison.Ordinal);
        Assert.Contains($"% {PackSectionKind.Recommendations.Title()}", body, StringComparison.Ordinal);
        Assert.Empty(await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting));
    }

    [Fact]
    public async Task A_superseded_version_is_still_sent_as_it_was_published()
    {
        var on = CommitteeTestData.UnusedDate();
        var meeting = await CommitteeTestData.MeetingAsync(factory, Browsing.DdatTrust, Browsing.Ddat, on);
        var v1 = await CommitteeTestData.PublishedAsync(factory, Browsing.DdatTrust, Browsing.Ddat, meeting);
        using (var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat))
        {
            using var correct = await clerk.PostFormAsync($"/committee/meetings/{meeting}/corrections", new() { ["Correction.Reason"] = "Wrong figures." }, $"/committee/meetings/{meeting}");
            Assert.Equal(HttpStatusCode.Redirect, correct.StatusCode);
        }

        var packs = await CommitteeTestData.PacksAsync(factory, Browsing.DdatTrust, meeting);
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);

        using var old = await deputy.GetAsync($"/committee/packs/{v1}/pdf");
        using var latest = await deputy.GetAsync($"/committee/packs/{packs[1].Id}/pdf");

        var oldBody = Encoding.UTF8.GetString(await old.Content.ReadAsByteArrayAsync());
        var latestBody = Encoding.UTF8.GetString(await latest.Content.ReadAsByteArrayAsync());
        Assert.Contains($"% hash {packs[0].ContentHash}", oldBody, StringComparison.Ordinal);
        Assert.DoesNotContain(PackSectionKind.Recommendations.Title(), oldBody, StringComparison.Ordinal);
        Assert.Contains("% Version 2, published", latestBody, StringComparison.Ordinal);
        Assert.Contains($"% hash {packs[1].ContentHash}", latestBody, StringComparison.Ordinal);
        Assert.Contains($"committee-pack-{on:yyyy-MM-dd}-v2.pdf", string.Join(";", latest.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.Single(await DownloadsAsync(v1));
        Assert.Single(await DownloadsAsync(packs[1].Id));
    }
}
