using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>
/// The DDAT demo trust's interventions are real records: 190009 designated (overall effectiveness; recommended by the Deputy
/// CEO, designated by the CEO) with a RAB that met twice, the second meeting inquorate, a recommendation pending the
/// committee and an unratified urgent decision; 190008 designated (ground 4) with an ILTC missing its finance link member;
/// 190001 and 190010 untouched; the Vine trust has none.
/// </summary>
public sealed class DemoInterventionsMeetingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ddat_demo_rab_met_twice_once_inquorate_with_a_pending_recommendation_and_an_unratified_urgent_decision()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, DemoInterventions.RabUrn);
        var deputy = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat));
        var ceo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat));
        var (board, meetings, pending, urgent, concern) = await factory.InTrustAsync(ddat, async db =>
        {
            var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleAsync(b => b.SchoolId == school);
            var meetings = await db.BoardMeetings.AsNoTracking().Where(m => m.BoardId == board.Id).OrderBy(m => m.ScheduledOn).ToListAsync();
            var pending = await db.BoardRecommendations.AsNoTracking().Where(r => r.BoardId == board.Id && r.Status == RecommendationStatus.Pending).ToListAsync();
            var urgent = await db.UrgentDecisions.AsNoTracking().Where(d => d.BoardId == board.Id).ToListAsync();
            var concern = await db.ConcernCases.AsNoTracking().SingleAsync(c => c.SchoolId == school);
            return (board, meetings, pending, urgent, concern);
        });

        Assert.Equal((BoardKind.RaisingAchievementBoard, BoardStatus.Active, concern.Id), (board.Kind, board.Status, board.ConcernCaseId));
        Assert.Equal(deputy, board.Chair!.UserId);
        Assert.Contains(board.Members, m => m.Category == MembershipCategory.AssociateTrustee && m.UserId is null && !m.IsVoting);
        Assert.Equal((ConcernStatus.Designated, deputy, (Guid?)ceo), (concern.Status, concern.RecommendedBy, concern.DecidedBy));
        Assert.Equal([ConcernGround.OverallEffectiveness], concern.Grounds);
        Assert.Equal([true, false], meetings.Select(m => m.Quorate == true));
        Assert.All(meetings, m => Assert.Equal(BoardMeetingStatus.Held, m.Status));
        var recommendation = Assert.Single(pending);
        Assert.Equal(meetings[0].Id, recommendation.MeetingId);
        Assert.Equal(UrgentDecisionStatus.AwaitingRatification, Assert.Single(urgent).Status);

        using var ceoClient = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var second = await ceoClient.GetDocumentAsync($"/meetings/{meetings[1].Id}");
        Assert.Equal("Not quorate", second.QuerySelector("#quorate")!.TextContent.Trim());
        var first = await ceoClient.GetDocumentAsync($"/meetings/{meetings[0].Id}");
        Assert.Equal("Quorate", first.QuerySelector("#quorate")!.TextContent.Trim());
        Assert.Contains("Pending the committee", first.QuerySelector($"#recommendation-{recommendation.Id}")!.TextContent, StringComparison.Ordinal);
        var boardPage = await ceoClient.GetDocumentAsync($"/boards/{board.Id}");
        var rows = boardPage.QuerySelectorAll("#meeting-list tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["True", "False"], rows.Select(r => r.GetAttribute("data-quorate")));
        Assert.Contains("Inquorate", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Single(boardPage.QuerySelectorAll("#pending-recommendations li"));
        Assert.Single(boardPage.QuerySelectorAll("#unratified-decisions li"));
        var decisions = await ceoClient.GetDocumentAsync($"/boards/{board.Id}/urgent-decisions");
        Assert.Contains("Awaiting ratification", decisions.QuerySelector(".urgent-decision")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ddat_demo_iltc_misses_its_finance_link_member_and_the_test_schools_are_untouched()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var vine = await factory.TrustIdAsync(Browsing.VineTrust);
        var iltcSchool = await factory.SchoolIdAsync(Browsing.DdatTrust, DemoInterventions.IltcUrn);
        var untouched = new[] { await factory.SchoolIdAsync(Browsing.DdatTrust, 190001), await factory.SchoolIdAsync(Browsing.DdatTrust, 190010) };

        await factory.InTrustAsync(ddat, async db =>
        {
            var board = await db.Boards.AsNoTracking().Include(b => b.Members).SingleAsync(b => b.SchoolId == iltcSchool);
            Assert.Equal(BoardKind.InterimLocalTrustCommittee, board.Kind);
            Assert.Equal([LinkRole.Finance], board.MissingLinkRoles);
            var concern = await db.ConcernCases.AsNoTracking().SingleAsync(c => c.SchoolId == iltcSchool);
            Assert.Equal((ConcernStatus.Designated, BoardKind.InterimLocalTrustCommittee), (concern.Status, concern.ProposedResponse));
            Assert.Equal([ConcernGround.NewlyJoinedGovernanceOrFinance], concern.Grounds);
            Assert.NotNull((await db.Schools.AsNoTracking().SingleAsync(s => s.Id == iltcSchool)).CausingConcernSince);

            Assert.False(await db.Boards.AnyAsync(b => untouched.Contains(b.SchoolId)));
            Assert.False(await db.ConcernCases.AnyAsync(c => untouched.Contains(c.SchoolId)));
            Assert.False(await db.Schools.AnyAsync(s => untouched.Contains(s.Id) && s.CausingConcernSince != null));
        });
        Assert.Equal(0, await factory.InTrustAsync(vine, db => db.Boards.CountAsync()));

        var iltcBoard = await factory.InTrustAsync(ddat, db => db.Boards.Where(b => b.SchoolId == iltcSchool).Select(b => b.Id).SingleAsync());
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        var page = await ceo.GetDocumentAsync($"/boards/{iltcBoard}");
        Assert.Contains("Finance", page.QuerySelector("#missing-link-members.alert-warning")!.TextContent, StringComparison.Ordinal);
    }
}
