using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>
/// The Director of Learning's yearly website check (Vine policy §4): who records and who reads it, its rules, and re-checks.
/// The DDAT policy has no website checks: the trust administrator switches them on for these tests (<see cref="InitializeAsync"/>).
/// </summary>
public sealed class WebsiteCheckTests : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory factory;

    public WebsiteCheckTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
    }

    public Task InitializeAsync() => factory.UseCapabilityAsync(Browsing.DdatTrust, PolicyCapability.WebsiteChecks);

    public Task DisposeAsync() => Task.CompletedTask;

    private static string New(Guid school) => $"/schools/{school}/website-checks/new";

    /// <summary>The checklist as the page offers it, every item Present except <paramref name="missing"/> (with a note), and the outcome.</summary>
    private static List<KeyValuePair<string, string>> Checklist(IDocument page, string outcome, string notes, int? missing = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("CheckedOn", "2026-10-14"),
            new("Version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            new("Outcome", outcome),
            new("Notes", notes),
        };
        var keys = page.QuerySelectorAll("input[type=hidden][name^='Items[']").Select(k => (k.GetAttribute("name")!, k.GetAttribute("value")!)).ToList();
        Assert.NotEmpty(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            fields.Add(new(keys[i].Item1, keys[i].Item2));
            fields.Add(new($"Items[{i}].Result", i == missing ? nameof(WebsiteItemResult.Missing) : nameof(WebsiteItemResult.Present)));
            fields.Add(new($"Items[{i}].Note", i == missing ? "No link to the accounts." : ""));
        }

        return fields;
    }

    private async Task<List<WebsiteCheck>> ChecksAsync(string trust, Guid school) =>
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), db => db.WebsiteChecks.AsNoTracking().Where(c => c.SchoolId == school).OrderBy(c => c.RecordedAt).ToListAsync());

    [Fact]
    public async Task The_director_records_a_check_with_changes_needed_and_the_headteacher_of_the_school_reads_it()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var form = await director.GetDocumentAsync(New(school));
        var items = form.QuerySelectorAll("input[type=hidden][name^='Items[']").Length;

        using var saved = await director.PostFormAsync(New(school), Checklist(form, nameof(ModerationOutcome.ChangesNeeded), "Publish the trust's accounts.", missing: 2), New(school));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/schools/{school}/website-checks", saved.Headers.Location?.OriginalString);
        var check = Assert.Single(await ChecksAsync(Browsing.DdatTrust, school));
        Assert.Equal(ModerationOutcome.ChangesNeeded, check.Outcome);
        Assert.Equal("Publish the trust's accounts.", check.Notes);
        Assert.Equal(2026, check.Year);
        Assert.Equal(new DateOnly(2026, 10, 14), check.CheckedOn);
        Assert.Equal(await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DirectorOfLearning, Browsing.Ddat)), check.CheckedBy);
        Assert.Equal(items, check.Findings.Count);
        Assert.Equal("No link to the accounts.", Assert.Single(check.Findings, f => f.Result == WebsiteItemResult.Missing).Note);

        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var list = (await head.GetDocumentAsync($"/schools/{school}/website-checks")).Text();
        Assert.Contains("2026/27: Changes needed, checked on 14/10/2026", list, StringComparison.Ordinal);
        Assert.Contains("Publish the trust's accounts.", list, StringComparison.Ordinal);
        Assert.Contains("No link to the accounts.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Check the website", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_or_a_headteacher_may_not_record_a_check_and_trustees_and_local_committee_do_not_see_checks()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var form = await director.GetDocumentAsync(New(school));
        var before = (await ChecksAsync(Browsing.DdatTrust, school)).Count;

        foreach (var role in new[] { TrustRole.SchoolImprovementOfficer, TrustRole.Headteacher })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var page = await client.GetAsync(New(school));
            var token = await client.AntiforgeryTokenAsync();
            using var posted = await client.PostAsync(New(school), new FormUrlEncodedContent([.. Checklist(form, nameof(ModerationOutcome.Moderated), ""), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        foreach (var role in new[] { TrustRole.Trustee, TrustRole.LocalCommitteeMember })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var list = await client.GetAsync($"/schools/{school}/website-checks");
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        }

        Assert.Equal(before, (await ChecksAsync(Browsing.DdatTrust, school)).Count);
    }

    [Fact]
    public async Task Changes_needed_without_notes_is_refused_with_the_input_kept_and_nothing_saved()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190003);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var form = await director.GetDocumentAsync(New(school));

        using var refused = await director.PostFormAsync(New(school), Checklist(form, nameof(ModerationOutcome.ChangesNeeded), "  ", missing: 1), New(school));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains("changes needed requires notes", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Items_1_Result-Missing[checked]"));
        Assert.NotNull(page.QuerySelector("#Items_0_Result-Present[checked]"));
        Assert.Equal("No link to the accounts.", page.QuerySelector("#Items_1_Note")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Outcome-ChangesNeeded[checked]"));
        Assert.Equal("2026-10-14", page.QuerySelector("#CheckedOn")!.GetAttribute("value"));
        Assert.Empty(await ChecksAsync(Browsing.DdatTrust, school));
    }

    [Fact]
    public async Task A_website_with_a_missing_item_cannot_be_moderated()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190004);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        var form = await director.GetDocumentAsync(New(school));

        using var refused = await director.PostFormAsync(New(school), Checklist(form, nameof(ModerationOutcome.Moderated), "", missing: 0), New(school));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be moderated while an item is missing", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Empty(await ChecksAsync(Browsing.DdatTrust, school));
    }

    [Fact]
    public async Task A_second_check_in_the_year_is_refused_unless_it_replaces_the_first_which_stays_in_the_history()
    {
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190005);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        using var first = await director.PostFormAsync(New(school), Checklist(await director.GetDocumentAsync(New(school)), nameof(ModerationOutcome.Moderated), ""), New(school));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var again = await director.GetDocumentAsync(New(school));
        Assert.Contains("already checked for 2026/27 on 14/10/2026", again.Text(), StringComparison.Ordinal);
        using var refused = await director.PostFormAsync(New(school), Checklist(again, nameof(ModerationOutcome.ChangesNeeded), "The SEN report is out of date."), New(school));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("To record a re-check, tick", (await refused.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Single(await ChecksAsync(Browsing.DdatTrust, school));

        using var replaced = await director.PostFormAsync(New(school), [.. Checklist(again, nameof(ModerationOutcome.ChangesNeeded), "The SEN report is out of date."), new("Replaces", "true")], New(school));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var checks = await ChecksAsync(Browsing.DdatTrust, school);
        Assert.Equal(2, checks.Count);
        Assert.Equal(checks[1].Id, checks[0].SupersededBy);
        Assert.Null(checks[1].SupersededBy);
        var list = (await director.GetDocumentAsync($"/schools/{school}/website-checks")).Text();
        Assert.Contains("2026/27: Changes needed", list, StringComparison.Ordinal);
        Assert.Contains("Replaced by a re-check", list, StringComparison.Ordinal);

        // A stale re-check (made from the page as it was before the replacement) is a conflict, not a third check.
        using var stale = await director.PostFormAsync(New(school), [.. Checklist(again, nameof(ModerationOutcome.Moderated), ""), new("Replaces", "true")], New(school));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else saved this", (await stale.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await ChecksAsync(Browsing.DdatTrust, school)).Count);
    }

    [Fact]
    public async Task Another_trusts_school_is_not_found_and_its_checks_are_unchanged()
    {
        var vineSchool = await factory.SchoolIdAsync(Browsing.VineTrust, 290001);
        using var vineDirector = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var vineForm = await vineDirector.GetDocumentAsync(New(vineSchool));
        using var recorded = await vineDirector.PostFormAsync(New(vineSchool), Checklist(vineForm, nameof(ModerationOutcome.Moderated), ""), New(vineSchool));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var before = Assert.Single(await ChecksAsync(Browsing.VineTrust, vineSchool));

        var ddatSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, 190002);
        using var director = await factory.SignedInAsAsync(TrustRole.DirectorOfLearning, Browsing.Ddat);
        using var list = await director.GetAsync($"/schools/{vineSchool}/website-checks");
        using var posted = await director.PostFormAsync(
            New(vineSchool), [.. Checklist(vineForm, nameof(ModerationOutcome.ChangesNeeded), "Overwritten."), new("Replaces", "true")], New(ddatSchool));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        var after = Assert.Single(await ChecksAsync(Browsing.VineTrust, vineSchool));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(ModerationOutcome.Moderated, after.Outcome);
        Assert.Null(after.SupersededBy);
    }
}
