using Microsoft.Playwright;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;

namespace SchoolImprovement.Browser.Tests;

/// <summary>
/// Issue 12's journey in a real browser, in the DDAT demo trust: the governance professional opens the Education and
/// Standards Committee from the menu, opens the next scheduled meeting (the demo seeds one, its pack unpublished), reads its
/// draft built from the live data, and publishes version 1 from the meeting's page, which then shows version 1 with its
/// SHA-256; the trustee signs in, lands on the committee's packs, opens the published pack's web view and downloads its PDF.
/// The committee list, meeting, draft and published pack pages are scanned by axe-core.
/// </summary>
public sealed class CommitteePackJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private Task<IPage> SignedInAsync(string role) => session.SignedInPageAsync(DemoSeeder.DemoEmail(role, "ddat.example"));

    /// <summary>Whether the URL's path is exactly "/committee/{kind}/{id}".</summary>
    private static bool IsCommitteePage(string url, string kind)
    {
        var segments = new Uri(url).AbsolutePath.Trim('/').Split('/');
        return segments.Length == 3 && segments[0] == "committee" && segments[1] == kind && Guid.TryParse(segments[2], out _);
    }

    [SkippableFact]
    public async Task Clerk_reads_the_draft_and_publishes_version_1_then_a_trustee_opens_it_and_downloads_its_pdf()
    {
        // The governance professional opens the committee from the menu and the next scheduled meeting from its list.
        var clerk = await SignedInAsync(TrustRole.GovernanceProfessional);
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Committee", Exact = true }).First.ClickAsync();
        await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/committee");
        await clerk.Locator("h1").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(clerk);
        var scheduled = clerk.Locator("#meetings tbody tr", new() { HasText = "Scheduled" });
        Assert.Equal(1, await scheduled.CountAsync());
        await scheduled.Locator("th a").ClickAsync();
        await clerk.WaitForURLAsync(url => IsCommitteePage(url, "meetings"));
        var meetingPath = new Uri(clerk.Url).AbsolutePath;
        Assert.Contains("Scheduled", await clerk.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        await clerk.Locator("#unpublished").WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(clerk);

        // The draft, read from the live data, with its banner and the sections' headings.
        await clerk.GetByRole(AriaRole.Link, new() { Name = "See the draft" }).ClickAsync();
        await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{meetingPath}/draft");
        await clerk.Locator("#draft-banner").WaitForAsync();
        var sections = clerk.Locator("#pack-content section.pack-section h2");
        Assert.True(await sections.CountAsync() > 0, "The draft has no section headings.");
        Assert.Contains("Trust summary", await sections.AllInnerTextsAsync(), StringComparer.OrdinalIgnoreCase);
        Assert.True(await clerk.Locator("#pack-contents li").CountAsync() == await sections.CountAsync(), "The contents list does not match the sections.");
        await BrowserSession.AssertAccessibleAsync(clerk);

        // Back on the meeting's page, the clerk publishes version 1 and sees it there with its hash.
        await clerk.GoBackAsync();
        await clerk.WaitForURLAsync(url => new Uri(url).AbsolutePath == meetingPath);
        await clerk.Locator("#publish").GetByRole(AriaRole.Button, new() { Name = "Publish the pack" }).ClickAsync();
        await clerk.WaitForURLAsync(url => IsCommitteePage(url, "packs"));
        var packPath = new Uri(clerk.Url).AbsolutePath;
        await clerk.GetByText("The pack has been published as version 1.").First.WaitForAsync();
        var hash = (await clerk.Locator("#pack-hash").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9a-fA-F]{64}$", hash);
        await BrowserSession.AssertAccessibleAsync(clerk);
        await clerk.GotoAsync(meetingPath);
        var version = clerk.Locator("#versions tbody tr[data-version='1']");
        Assert.Equal("Version 1", (await version.Locator("th").InnerTextAsync()).Trim());
        Assert.Contains(hash, await version.Locator("code").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await clerk.Locator("#publish").CountAsync());
        await BrowserSession.AssertAccessibleAsync(clerk);
        await clerk.Context.CloseAsync();

        // The trustee lands on the committee's packs, opens the published version and downloads its PDF.
        var trustee = await SignedInAsync(TrustRole.Trustee);
        Assert.Equal("/committee", new Uri(trustee.Url).AbsolutePath);
        await trustee.Locator("h1").First.WaitForAsync();
        await BrowserSession.AssertAccessibleAsync(trustee);
        Assert.Equal(0, await trustee.Locator("#meetings").CountAsync());
        await trustee.Locator($"#packs tbody th a[href='{packPath}']").ClickAsync();
        await trustee.WaitForURLAsync(url => new Uri(url).AbsolutePath == packPath);
        Assert.Equal(hash, (await trustee.Locator("#pack-hash").InnerTextAsync()).Trim());
        Assert.True(await trustee.Locator("#pack-content section.pack-section").CountAsync() > 0, "The published pack has no sections.");
        await BrowserSession.AssertAccessibleAsync(trustee);

        var download = await trustee.RunAndWaitForDownloadAsync(() =>
            trustee.GetByRole(AriaRole.Link, new() { Name = "Download this version as a PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.NotNull(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F', "The download is not a PDF.");
        await trustee.Context.CloseAsync();
    }
}
