using System.Net;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Boards;

/// <summary>
/// Who sees a board and who changes it: trust-wide roles, the school's own headteacher and local committee, and the
/// board's members see it; another school's head and local committee get 403; only board managers change it; another
/// trust's board is 404 with a valid antiforgery token, and nothing changes.
/// </summary>
public sealed class BoardAccessTests : IClassFixture<PortalFactory>
{
    private static readonly AcademicTerm Autumn2026 = new(new AcademicYear(2026), Term.Autumn);
    private readonly PortalFactory factory;

    public BoardAccessTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 11, 2, 10, 0, 0));
    }

    [Fact]
    public async Task The_school_own_head_and_local_committee_see_its_board_and_another_school_head_and_committee_get_403()
    {
        var own = await factory.BoardAsync(Browsing.DdatTrust, 190001, BoardKind.RaisingAchievementBoard, Autumn2026);
        var other = await factory.BoardAsync(Browsing.DdatTrust, 190007, BoardKind.RaisingAchievementBoard, Autumn2026);

        foreach (var role in new[] { TrustRole.Headteacher, TrustRole.LocalCommitteeMember })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var ownPage = await client.GetAsync($"/boards/{own}");
            using var otherPage = await client.GetAsync($"/boards/{other}");
            Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
            Assert.Contains("Raising Achievement Board (RAB) for", await ownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Add the member", await ownPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, otherPage.StatusCode);
        }

        foreach (var role in new[] { TrustRole.Trustee, TrustRole.SchoolImprovementOfficer, TrustRole.GovernanceProfessional })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            using var otherPage = await client.GetAsync($"/boards/{other}");
            Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
        }
    }

    [Fact]
    public async Task A_member_of_the_board_sees_it_though_not_assigned_to_its_school()
    {
        var head = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Headteacher, Browsing.Ddat));
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190003, BoardKind.RaisingAchievementBoard, Autumn2026,
            b => b.AddMember("Visiting Head", head, MembershipCategory.SchoolImprovementTeam, [], null, new DateOnly(2026, 9, 1), DateTimeOffset.UtcNow));
        using var client = await factory.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);

        using var page = await client.GetAsync($"/boards/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Visiting Head", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_that_do_not_manage_boards_cannot_change_one_and_nothing_changes()
    {
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190002, BoardKind.InterimLocalTrustCommittee, new AcademicTerm(new AcademicYear(2026), Term.Spring));
        var fields = new Dictionary<string, string> { ["AddMember.Name"] = "Intruder", ["AddMember.Category"] = "Trustee", ["Extend.Reason"] = "No.", ["Extend.DecidedOn"] = "2026-11-01", ["Version"] = Guid.Empty.ToString() };

        foreach (var role in new[] { TrustRole.Headteacher, TrustRole.LocalCommitteeMember, TrustRole.DeputyCeo, TrustRole.SchoolImprovementOfficer, TrustRole.Trustee })
        {
            using var client = await factory.SignedInAsAsync(role, Browsing.Ddat);
            var token = await client.AntiforgeryTokenAsync();
            foreach (var action in new[] { "members", "extend", "chair", "recruitment", "local-committee-formed" })
            {
                using var posted = await client.PostWithTokenAsync($"/boards/{id}/{action}", token, fields);
                Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
            }
        }

        var board = await factory.LoadBoardAsync(Browsing.DdatTrust, id);
        Assert.Empty(board.Members);
        Assert.Empty(board.Extensions);
        Assert.Equal(BoardStatus.Active, board.Status);
    }

    [Fact]
    public async Task Another_trust_board_is_not_found_with_a_valid_token_and_is_unchanged()
    {
        var id = await factory.BoardAsync(Browsing.VineTrust, 290002, BoardKind.TrustImprovementBoard, Autumn2026,
            b => b.AddMember("Vine Member", null, MembershipCategory.Trustee, [], null, new DateOnly(2026, 9, 1), DateTimeOffset.UtcNow));
        var before = await factory.LoadBoardAsync(Browsing.VineTrust, id);
        var member = Assert.Single(before.Members);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var token = await ceo.AntiforgeryTokenAsync();
        var fields = new Dictionary<string, string>
        {
            ["AddMember.Name"] = "Intruder", ["AddMember.Category"] = "Trustee", ["AddMember.Version"] = before.Version.ToString(),
            ["Extend.Reason"] = "Taken over.", ["Extend.DecidedOn"] = "2026-11-01", ["Extend.Version"] = before.Version.ToString(),
            ["MemberId"] = member.Id.ToString(), ["Version"] = before.Version.ToString(), ["version"] = before.Version.ToString(),
        };

        using var page = await ceo.GetAsync($"/boards/{id}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        foreach (var action in new[] { "members", "extend", "chair", $"members/{member.Id}/remove" })
        {
            using var posted = await ceo.PostWithTokenAsync($"/boards/{id}/{action}", token, fields);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        var after = await factory.LoadBoardAsync(Browsing.VineTrust, id);
        Assert.Equal(before.Version, after.Version);
        Assert.Null(Assert.Single(after.Members).RemovedOn);
        Assert.Empty(after.Extensions);
        Assert.Null(after.ChairMemberId);
    }
}
