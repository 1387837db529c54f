using System.Net;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Boards;

/// <summary>Running a board through its page: members, chair, extensions across a year boundary, the ILTC's recruitment and end.</summary>
public sealed class BoardManagementTests : IClassFixture<PortalFactory>
{
    private static readonly AcademicTerm Autumn2026 = new(new AcademicYear(2026), Term.Autumn);
    private readonly PortalFactory factory;

    public BoardManagementTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 11, 2, 10, 0, 0));
    }

    private static string Page(Guid board) => $"/boards/{board}";

    [Fact]
    public async Task Members_are_added_with_their_category_and_vote_and_an_ineligible_chair_is_refused_with_the_reason()
    {
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190002, BoardKind.RaisingAchievementBoard, Autumn2026);
        var deputy = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat));
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        foreach (var (name, user, category) in new[] { ("", deputy.ToString(), "CentralExecutiveTeam"), ("Sam Improvement", "", "SchoolImprovementTeam"), ("Ada Expert", "", "AssociateTrustee") })
        {
            var fields = (await ceo.FieldsAsync(Page(id), $"/boards/{id}/members")).With("AddMember.Name", name).With("AddMember.UserId", user).With("AddMember.Category", category);
            using var added = await ceo.SubmitAsync($"/boards/{id}/members", fields);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var board = await factory.LoadBoardAsync(Browsing.DdatTrust, id);
        Assert.Equal(3, board.Members.Count);
        var executive = Assert.Single(board.Members, m => m.UserId == deputy);
        Assert.Equal(MembershipCategory.CentralExecutiveTeam, executive.Category);
        Assert.False(Assert.Single(board.Members, m => m.Name == "Ada Expert").IsVoting);
        var improvement = Assert.Single(board.Members, m => m.Name == "Sam Improvement");

        var chairForm = (await ceo.GetDocumentAsync(Page(id))).QuerySelectorAll("form").First(f => f.GetAttribute("action") == $"/boards/{id}/chair" && f.InnerHtml.Contains(improvement.Id.ToString(), StringComparison.Ordinal));
        var version = chairForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using var refused = await ceo.PostFormAsync($"/boards/{id}/chair", new Dictionary<string, string> { ["MemberId"] = improvement.Id.ToString(), ["Version"] = version }, Page(id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await refused.DocumentAsync()).Text();
        Assert.Contains("Sam Improvement cannot chair this board: they are a School Improvement Team member", text, StringComparison.Ordinal);
        Assert.Null((await factory.LoadBoardAsync(Browsing.DdatTrust, id)).ChairMemberId);

        using var chosen = await ceo.PostFormAsync($"/boards/{id}/chair", new Dictionary<string, string> { ["MemberId"] = executive.Id.ToString(), ["Version"] = version }, Page(id));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal(executive.Id, (await factory.LoadBoardAsync(Browsing.DdatTrust, id)).ChairMemberId);
        var shown = (await ceo.GetDocumentAsync(Page(id))).QuerySelector("#board-chair")!.TextContent;
        Assert.Contains("(Central Executive Team)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_is_removed_only_after_confirmation()
    {
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190003, BoardKind.RaisingAchievementBoard, Autumn2026,
            b => b.AddMember("Lee Leaving", null, MembershipCategory.LocalCommittee, [], null, new DateOnly(2026, 9, 1), DateTimeOffset.UtcNow));
        var member = Assert.Single((await factory.LoadBoardAsync(Browsing.DdatTrust, id)).Members);
        using var governance = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var remove = $"/boards/{id}/members/{member.Id}/remove";

        var confirm = await governance.GetDocumentAsync(remove);
        Assert.Contains("Remove Lee Leaving from the board?", confirm.Text(), StringComparison.Ordinal);
        Assert.Null(Assert.Single((await factory.LoadBoardAsync(Browsing.DdatTrust, id)).Members).RemovedOn);

        using var removed = await governance.SubmitAsync(remove, confirm.FieldsOf(remove));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 2), Assert.Single((await factory.LoadBoardAsync(Browsing.DdatTrust, id)).Members).RemovedOn);
        Assert.Contains("The board has no members yet.", (await governance.GetDocumentAsync(Page(id))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extensions_carry_the_board_across_the_academic_year_and_clear_the_near_end_flag()
    {
        // Spring 2026/27 start: two terms end on 31 August 2027; on 10 June 2027 it is in its last half term.
        factory.Clock.PinUk(new DateTime(2027, 6, 10, 9, 0, 0));
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190004, BoardKind.RaisingAchievementBoard, new AcademicTerm(new AcademicYear(2026), Term.Spring));
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var before = await ceo.GetDocumentAsync(Page(id));
        Assert.Contains("Sits until 31/08/2027", before.QuerySelector("#board-end")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(before.QuerySelector("#near-end"));

        using var noReason = await ceo.SubmitAsync($"/boards/{id}/extend", before.FieldsOf($"/boards/{id}/extend").With("Extend.Reason", " "));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Empty((await factory.LoadBoardAsync(Browsing.DdatTrust, id)).Extensions);

        using var extended = await ceo.SubmitAsync($"/boards/{id}/extend", before.FieldsOf($"/boards/{id}/extend").With("Extend.Reason", "Outcomes not yet secure."));

        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var board = await factory.LoadBoardAsync(Browsing.DdatTrust, id);
        var extension = Assert.Single(board.Extensions);
        Assert.Equal(("Outcomes not yet secure.", 1, new DateOnly(2027, 6, 10)), (extension.Reason, extension.Terms, extension.DecidedOn));
        Assert.Equal(new AcademicTerm(new AcademicYear(2027), Term.Autumn), board.EndTerm);
        var after = await ceo.GetDocumentAsync(Page(id));
        Assert.Contains("Sits until 31/12/2027", after.QuerySelector("#board-end")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#near-end"));
        Assert.Contains("Outcomes not yet secure.", after.QuerySelector("#extensions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Autumn 2027/28", after.QuerySelector("#extensions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ILTC_ends_when_the_local_committee_is_formed_once_every_recruitment_step_is_done()
    {
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190005, BoardKind.InterimLocalTrustCommittee, Autumn2026);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync(Page(id));
        Assert.Contains("No link member yet for: Safeguarding, SEND, Finance", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#replaces-local-committee"));
        var formed = $"/boards/{id}/local-committee-formed";

        using var early = await ceo.SubmitAsync(formed, page.FieldsOf(formed));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Outstanding: Parent and staff elections", (await early.DocumentAsync()).Text(), StringComparison.Ordinal);
        Assert.Equal(BoardStatus.Active, (await factory.LoadBoardAsync(Browsing.DdatTrust, id)).Status);

        foreach (var step in RecruitmentSteps.All)
        {
            var fields = (await ceo.FieldsAsync(Page(id), $"/boards/{id}/recruitment")).With("Recruitment.Kind", step.ToString()).With("Recruitment.Status", nameof(RecruitmentStepStatus.Done)).With("Recruitment.Notes", $"{step} done");
            using var updated = await ceo.SubmitAsync($"/boards/{id}/recruitment", fields);
            Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        }

        using var ended = await ceo.SubmitAsync(formed, (await ceo.FieldsAsync(Page(id), formed)).With("LocalCommittee.FormedOn", "2026-11-01"));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var board = await factory.LoadBoardAsync(Browsing.DdatTrust, id);
        Assert.Equal((BoardStatus.Ended, new DateOnly(2026, 11, 1), false), (board.Status, board.EndedOn, board.ReplacesLocalCommittee));
        Assert.All(board.RecruitmentSteps, s => Assert.Equal(RecruitmentStepStatus.Done, s.Status));
        var after = (await ceo.GetDocumentAsync(Page(id))).Text();
        Assert.Contains("Ended on 01/11/2026", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the member", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_school_profile_links_to_its_sitting_board_and_says_an_ILTC_replaces_the_local_committee()
    {
        var id = await factory.BoardAsync(Browsing.DdatTrust, 190006, BoardKind.InterimLocalTrustCommittee, Autumn2026);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190006);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);

        var profile = await ceo.GetDocumentAsync($"/schools/{school}");

        Assert.NotNull(profile.QuerySelector($"#school-board-section a[href='/boards/{id}']"));
        Assert.NotNull(profile.QuerySelector("#school-board-section #replaces-local-committee"));
    }
}
