using System.Net;
using AngleSharp.Dom;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Returns;

/// <summary>
/// The trust-wide returns page: each document's state over a term under the pinned clock (not due, due, overdue,
/// submitted, changes requested, reviewed), the website check, filters and counts, and who may open it. The tests use
/// schools they add, in the autumn term of 2030 (due 30 days after it starts: 01/10/2030), so demo data never interferes.
/// </summary>
public sealed class ReturnsPageTests : IClassFixture<PortalFactory>
{
    private const int Year = 2030;
    private const string Autumn2030 = "/returns?Year=2030&Term=Autumn";
    private readonly PortalFactory factory;

    public ReturnsPageTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2030, 10, 5, 9, 0, 0));
    }

    /// <summary>What a cell shows, without the words only screen readers hear.</summary>
    private static string? Cell(IDocument page, Guid school, string column)
    {
        if (page.QuerySelector($"tr[data-school='{school}'] td[data-{column}]")?.Clone() is not IElement cell)
        {
            return null;
        }

        foreach (var hidden in cell.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        return cell.TextContent.Trim();
    }

    private static string? StateOf(IDocument page, Guid school, ReturnDocument document) =>
        page.QuerySelector($"tr[data-school='{school}'] td[data-document='{document}'] .badge")?.TextContent.Trim();

    private static int Count(IDocument page, ReturnState state) =>
        int.Parse(page.QuerySelector($"#state-counts [data-state='{state}']")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_document_is_not_due_before_the_term_due_then_overdue_then_follows_its_latest_version_and_review()
    {
        var school = await factory.AddSchoolAsync(Browsing.DdatTrust, 181001, "Returns Term School", "Primary");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        async Task<string?> SefAsync() => StateOf(await ceo.GetDocumentAsync(Autumn2030), school, ReturnDocument.Sef);

        factory.Clock.PinUk(new DateTime(2030, 8, 20, 9, 0, 0));
        Assert.Equal("Not due", await SefAsync());
        factory.Clock.PinUk(new DateTime(2030, 9, 1, 9, 0, 0));
        Assert.Equal("Due", await SefAsync());
        factory.Clock.PinUk(new DateTime(2030, 10, 1, 18, 0, 0));
        Assert.Equal("Due", await SefAsync());
        factory.Clock.PinUk(new DateTime(2030, 10, 2, 9, 0, 0));
        var overdue = await ceo.GetDocumentAsync(Autumn2030);
        Assert.Equal("Overdue", StateOf(overdue, school, ReturnDocument.Sef));
        Assert.Equal("Overdue", StateOf(overdue, school, ReturnDocument.Sip));
        Assert.Contains("due 01/10/2030", overdue.QuerySelector($"tr[data-school='{school}'] td[data-document='Sef']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/schools/{school}/returns?year=2030&term=Autumn", overdue.QuerySelector($"tr[data-school='{school}'] td[data-document='Sef'] a")!.GetAttribute("href"));

        var first = await factory.AddVersionAsync(Browsing.DdatTrust, Browsing.Ddat, school, ReturnDocument.Sef, Year, Term.Autumn, factory.Clock.GetUtcNow());
        Assert.Equal("Submitted", await SefAsync());
        await factory.ReviewAsync(Browsing.DdatTrust, Browsing.Ddat, first, ReviewOutcome.ChangesRequested, factory.Clock.GetUtcNow());
        Assert.Equal("Changes requested", await SefAsync());
        var second = await factory.AddVersionAsync(Browsing.DdatTrust, Browsing.Ddat, school, ReturnDocument.Sef, Year, Term.Autumn, factory.Clock.GetUtcNow());
        Assert.Equal("Submitted", await SefAsync());
        await factory.ReviewAsync(Browsing.DdatTrust, Browsing.Ddat, second, ReviewOutcome.Reviewed, factory.Clock.GetUtcNow());
        var reviewed = await ceo.GetDocumentAsync(Autumn2030);
        Assert.Equal("Reviewed", StateOf(reviewed, school, ReturnDocument.Sef));
        Assert.Equal("Overdue", StateOf(reviewed, school, ReturnDocument.Sip));
        Assert.Contains("2 versions", reviewed.QuerySelector($"tr[data-school='{school}'] td[data-document='Sef']")!.TextContent, StringComparison.Ordinal);

        // Another term of the same school is its own: nothing uploaded for the spring term, which has not started.
        Assert.Equal("Not due", StateOf(await ceo.GetDocumentAsync("/returns?Year=2030&Term=Spring"), school, ReturnDocument.Sef));
    }

    [Fact]
    public async Task The_website_check_is_due_once_a_year_until_the_director_checks_it()
    {
        await factory.UseCapabilityAsync(Browsing.DdatTrust, PolicyCapability.WebsiteChecks);
        var school = await factory.AddSchoolAsync(Browsing.DdatTrust, 181002, "Returns Website School", "Primary");
        using var officer = await factory.SignedInAsAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        Assert.Equal("Check due", Cell(await officer.GetDocumentAsync(Autumn2030), school, "website"));

        await factory.CheckWebsiteAsync(Browsing.DdatTrust, Browsing.Ddat, school, ModerationOutcome.ChangesNeeded, new DateOnly(2030, 9, 20));

        Assert.Equal("Changes needed", Cell(await officer.GetDocumentAsync(Autumn2030), school, "website"));
        Assert.Equal("Changes needed", Cell(await officer.GetDocumentAsync("/returns?Year=2030&Term=Summer"), school, "website"));
        Assert.Equal("Check due", Cell(await officer.GetDocumentAsync("/returns?Year=2029&Term=Summer"), school, "website"));
    }

    [Fact]
    public async Task Counts_change_with_the_states_and_their_links_and_the_filters_narrow_the_schools()
    {
        var officer = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat));
        var linked = await factory.AddSchoolAsync(Browsing.DdatTrust, 181003, "Returns Linked Primary", "Primary", officer);
        var secondary = await factory.AddSchoolAsync(Browsing.DdatTrust, 181004, "Returns Secondary", "Secondary");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var before = await ceo.GetDocumentAsync(Autumn2030);

        await factory.AddVersionAsync(Browsing.DdatTrust, Browsing.Ddat, linked, ReturnDocument.Sef, Year, Term.Autumn, factory.Clock.GetUtcNow());
        var after = await ceo.GetDocumentAsync(Autumn2030);

        Assert.Equal(Count(before, ReturnState.Overdue) - 1, Count(after, ReturnState.Overdue));
        Assert.Equal(Count(before, ReturnState.Submitted) + 1, Count(after, ReturnState.Submitted));
        var submittedLink = after.QuerySelector($"#state-counts a:has([data-state='{ReturnState.Submitted}'])")!.GetAttribute("href")!;
        Assert.Equal("/returns?Year=2030&Term=Autumn&State=Submitted", submittedLink);
        var submitted = await ceo.GetDocumentAsync(submittedLink);
        Assert.NotNull(submitted.QuerySelector($"tr[data-school='{linked}']"));
        Assert.Null(submitted.QuerySelector($"tr[data-school='{secondary}']"));
        Assert.All(submitted.QuerySelectorAll("tbody tr"), row => Assert.Contains("Submitted", row.TextContent, StringComparison.Ordinal));

        var bySecondary = await ceo.GetDocumentAsync(Autumn2030 + "&Phase=Secondary");
        Assert.NotNull(bySecondary.QuerySelector($"tr[data-school='{secondary}']"));
        Assert.Null(bySecondary.QuerySelector($"tr[data-school='{linked}']"));
        Assert.All(bySecondary.QuerySelectorAll("tbody tr td:nth-of-type(1)"), phase => Assert.Equal("Secondary", phase.TextContent));

        var byOfficer = await ceo.GetDocumentAsync($"{Autumn2030}&Officer={officer}");
        Assert.NotNull(byOfficer.QuerySelector($"tr[data-school='{linked}']"));
        Assert.Null(byOfficer.QuerySelector($"tr[data-school='{secondary}']"));

        var overdueSecondary = await ceo.GetDocumentAsync($"{Autumn2030}&Phase=Secondary&State=Overdue");
        Assert.NotNull(overdueSecondary.QuerySelector($"tr[data-school='{secondary}']"));
        Assert.Equal("Secondary", overdueSecondary.QuerySelector("#Phase option[selected]")!.GetAttribute("value"));
        Assert.Equal("Overdue", overdueSecondary.QuerySelector("#State option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_central_team_opens_the_returns_page_and_schools_and_trustees_do_not()
    {
        foreach (var role in new[] { TrustRole.Ceo, TrustRole.DeputyCeo, TrustRole.DirectorOfLearning, TrustRole.SchoolImprovementOfficer })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var response = await client.GetAsync(Autumn2030);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Returns: Autumn term 2030/31", (await response.DocumentAsync()).Text(), StringComparison.Ordinal);
        }

        foreach (var role in new[] { TrustRole.Trustee, TrustRole.Headteacher, TrustRole.LocalCommitteeMember, TrustRole.SpecialistLeader, TrustRole.GovernanceProfessional })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var response = await client.GetAsync(Autumn2030);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_page_lists_only_its_own_trusts_schools()
    {
        var vine = await factory.AddSchoolAsync(Browsing.VineTrust, 281001, "Returns Vine School", "Primary");
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync(Autumn2030);
        Assert.Null(page.QuerySelector($"tr[data-school='{vine}']"));
        Assert.DoesNotContain("Returns Vine School", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_headteachers_home_page_says_what_is_due_and_when_and_the_profile_shows_the_latest_versions_state()
    {
        // A year no demo data reaches: the demo returns are seeded for the year the portal starts in, which may be a pinned one.
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190001);
        factory.Clock.PinUk(new DateTime(2034, 9, 10, 9, 0, 0));
        using var head = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        using var home = await head.GetAsync("/");
        Assert.Equal($"/schools/{school}", home.Headers.Location?.OriginalString);

        var panel = (await head.GetDocumentAsync($"/schools/{school}")).QuerySelector("section[aria-labelledby=returns-due]")
            ?? throw new InvalidOperationException("The headteacher's school page has no returns-due panel.");
        Assert.Contains("Returns due: Autumn term 2034/35", panel.TextContent, StringComparison.Ordinal);
        var sef = panel.QuerySelector("[data-document=Sef]")!;
        Assert.Contains("Due", sef.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("due 01/10/2034", sef.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/schools/{school}/returns?year=2034&term=Autumn", sef.QuerySelector("a")!.GetAttribute("href"));

        var version = await factory.AddVersionAsync(Browsing.DdatTrust, Browsing.Ddat, school, ReturnDocument.Sef, 2034, Term.Autumn, factory.Clock.GetUtcNow());
        await factory.ReviewAsync(Browsing.DdatTrust, Browsing.Ddat, version, ReviewOutcome.ChangesRequested, factory.Clock.GetUtcNow());

        var profile = await head.GetDocumentAsync($"/schools/{school}");
        var answered = profile.QuerySelector("section[aria-labelledby=returns-due] [data-document=Sef]")!;
        Assert.Equal("Changes requested", answered.QuerySelector(".badge")!.TextContent);
        Assert.Contains("Upload a new version", answered.TextContent, StringComparison.Ordinal);
        var latest = profile.QuerySelector("section[aria-labelledby=returns] dd[data-document=Sef]")!;
        Assert.Equal("Changes requested", latest.QuerySelector(".badge")!.TextContent);
        Assert.Contains("Autumn term 2034/35, version 1", latest.TextContent, StringComparison.Ordinal);
        Assert.Contains("reviewed 10/09/2034", latest.TextContent, StringComparison.Ordinal);
        Assert.NotNull(latest.QuerySelector("a[href]"));

        // Trustees and local committee members see the state, never a link to the file; they get no upload panel.
        foreach (var role in new[] { TrustRole.Trustee, TrustRole.LocalCommitteeMember })
        {
            using var reader = await factory.SignedInAsAsync(role, Browsing.Ddat);
            var page = await reader.GetDocumentAsync($"/schools/{school}");
            var seen = page.QuerySelector("section[aria-labelledby=returns] dd[data-document=Sef]")!;
            Assert.Equal("Changes requested", seen.QuerySelector(".badge")!.TextContent);
            Assert.Null(seen.QuerySelector("a"));
            Assert.Null(page.QuerySelector("section[aria-labelledby=returns] a"));
            Assert.Null(page.QuerySelector("section[aria-labelledby=returns-due]"));
        }
    }
}
