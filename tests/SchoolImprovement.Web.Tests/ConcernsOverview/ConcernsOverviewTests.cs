using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Policy;
using SchoolImprovement.Web.Tests.Returns;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.ConcernsOverview;

/// <summary>
/// The trust view at /concerns through HTTP: a designated school, its board and a Spotlight project made through the domain, each
/// linking to its page; sections of capabilities the trust does not use left out (and the page and its menu entry gone when it uses
/// none, back when switched on); refused to headteachers, local committee members and SLEs; another trust's records never shown.
/// </summary>
public sealed class ConcernsOverviewTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private readonly PortalFactory factory;

    public ConcernsOverviewTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 11, 20, 10, 0, 0));
    }

    private Task<Guid> DemoUserAsync(string role, string domain) => factory.UserIdAsync(DemoSeeder.DemoEmail(role, domain));

    [Fact]
    public async Task The_view_lists_a_designated_school_its_board_and_a_spotlight_project_each_linking_to_its_page()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var concernSchool = await factory.AddSchoolAsync(Browsing.DdatTrust, 183001, "Overview Concern Academy", "Primary");
        var spotlightSchool = await factory.AddSchoolAsync(Browsing.DdatTrust, 183002, "Overview Spotlight Academy", "Primary");
        var deputy = await DemoUserAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var ceoId = await DemoUserAsync(TrustRole.Ceo, Browsing.Ddat);
        var officer = await DemoUserAsync(TrustRole.SchoolImprovementOfficer, Browsing.Ddat);
        var (caseId, boardId, projectId) = await factory.InTrustAsync(ddat, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Id == concernSchool);
            var concern = await ConcernsOverviewTestData.DesignateAsync(db, school, deputy, ceoId, new DateOnly(2026, 11, 2));
            var (board, _) = ConcernsOverviewTestData.FormIltc(db, concern, new AcademicTerm(new AcademicYear(2026), Term.Autumn), new DateOnly(2026, 12, 1), ceoId);
            var project = ConcernsOverviewTestData.OpenSpotlight(db, spotlightSchool, officer, new DateOnly(2026, 9, 10), Today);
            await db.SaveChangesAsync();
            return (concern.Id, board.Id, project.Id);
        });

        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync("/concerns");

        var concernRow = page.QuerySelector($"#concern-cases tr[data-case='{caseId}']")!;
        Assert.Equal($"/concerns/{caseId}", concernRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Overview Concern Academy", concernRow.QuerySelector("a")!.TextContent);
        Assert.Equal(nameof(ConcernStatus.Designated), concernRow.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Contains("02/11/2026", concernRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("The committee to be informed", concernRow.TextContent, StringComparison.Ordinal);

        var boardRow = page.QuerySelector($"#boards-section tr[data-board='{boardId}']")!;
        Assert.Equal($"/boards/{boardId}", boardRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Send,Finance", boardRow.QuerySelector("[data-missing]")!.GetAttribute("data-missing"));
        Assert.Contains("01/12/2026", boardRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("31/03/2027", boardRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", boardRow.QuerySelector("[data-near-end]")!.GetAttribute("data-near-end"));

        var projectRow = page.QuerySelector($"#spotlight-projects tr[data-project='{projectId}']")!;
        Assert.Equal($"/spotlight/{projectId}", projectRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Overview Spotlight Academy", projectRow.QuerySelector("a")!.TextContent);
        Assert.Equal("true", projectRow.QuerySelector("[data-overdue]")!.GetAttribute("data-overdue"));
        Assert.Contains("None yet", projectRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_trusts_cases_never_appear()
    {
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var vineSchool = await factory.AddSchoolAsync(Browsing.VineTrust, 283001, "Vine Overview Concern School", "Primary");
        var director = await DemoUserAsync(TrustRole.DirectorOfLearning, Browsing.Vine);
        var vineCeo = await DemoUserAsync(TrustRole.Ceo, Browsing.Vine);
        var caseId = await factory.InTrustAsync(vine, async db =>
        {
            var concern = await ConcernsOverviewTestData.DesignateAsync(db, await db.Schools.SingleAsync(s => s.Id == vineSchool), director, vineCeo, new DateOnly(2026, 11, 3));
            await db.SaveChangesAsync();
            return concern.Id;
        });

        using var ddatCeo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var ddatPage = await ddatCeo.GetDocumentAsync("/concerns");
        Assert.DoesNotContain("Vine Overview Concern School", ddatPage.Text(), StringComparison.Ordinal);
        Assert.Null(ddatPage.QuerySelector($"[data-case='{caseId}']"));

        using var vineCeoClient = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var vinePage = await vineCeoClient.GetDocumentAsync("/concerns");
        Assert.NotNull(vinePage.QuerySelector($"#concern-cases [data-case='{caseId}']"));
    }

    [Fact]
    public async Task Sections_of_capabilities_the_trust_does_not_use_are_left_out()
    {
        // Vine's policy has concerns and a trust improvement board, but no Spotlight projects.
        using var vineCeo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Vine);
        var page = await vineCeo.GetDocumentAsync("/concerns");

        Assert.NotNull(page.QuerySelector("#concern-cases"));
        Assert.NotNull(page.QuerySelector("#boards-section"));
        Assert.Null(page.QuerySelector("#spotlight-projects"));
        Assert.NotNull(page.QuerySelector("nav a[href='/concerns']"));
    }

    [Fact]
    public async Task With_none_of_its_capabilities_used_the_page_answers_404_and_leaves_the_menu_until_one_is_switched_on()
    {
        PolicyCapability[] capabilities = [PolicyCapability.ConcernDesignation, PolicyCapability.Boards, PolicyCapability.SpotlightProjects];
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        Assert.NotNull((await ceo.GetDocumentAsync("/policy")).QuerySelector("nav a[href='/concerns']"));
        try
        {
            foreach (var capability in capabilities)
            {
                await factory.UseCapabilityAsync(Browsing.DdatTrust, capability, on: false);
            }

            using (var gone = await ceo.GetAsync("/concerns"))
            {
                Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            }

            Assert.Null((await ceo.GetDocumentAsync("/policy")).QuerySelector("nav a[href='/concerns']"));

            await factory.UseCapabilityAsync(Browsing.DdatTrust, PolicyCapability.SpotlightProjects);
            var back = await ceo.GetDocumentAsync("/concerns");
            Assert.NotNull(back.QuerySelector("nav a[href='/concerns']"));
            Assert.NotNull(back.QuerySelector("#spotlight-projects"));
            Assert.Null(back.QuerySelector("#concern-cases"));
            Assert.Null(back.QuerySelector("#boards-section"));
        }
        finally
        {
            foreach (var capability in capabilities)
            {
                await factory.UseCapabilityAsync(Browsing.DdatTrust, capability);
            }
        }
    }

    [Theory]
    [InlineData(TrustRole.Headteacher)]
    [InlineData(TrustRole.LocalCommitteeMember)]
    [InlineData(TrustRole.SpecialistLeader)]
    public async Task School_level_roles_are_refused_and_see_no_menu_entry(string role)
    {
        using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);

        using var response = await client.GetAsync("/concerns");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/policy")).QuerySelector("nav a[href='/concerns']"));
    }
}
