using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Boards;
using SchoolImprovement.Web.Tests.BoardMeetings;
using SchoolImprovement.Web.Tests.Support;
using static SchoolImprovement.Web.Tests.Concerns.ConcernTestData;

namespace SchoolImprovement.Web.Tests.Concerns;

/// <summary>
/// The whole DDAT path through HTTP, each step by the role the policy gives it: the Deputy CEO recommends a school causing
/// concern (§3), the CEO designates it and forms a RAB (§4), the board's chair records a quorate meeting and a recommendation
/// to the Education and Standards Committee (Appendix 1 §2.1), the governance professional records the committee's acceptance,
/// the CEO recommends exit and the committee's decision ends the designation and the board.
/// </summary>
public sealed class ConcernToExitJourneyTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 10, 15);
    private readonly PortalFactory factory;

    public ConcernToExitJourneyTests(PortalFactory factory)
    {
        this.factory = factory;
        factory.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
    }

    [Fact]
    public async Task Recommend_designate_form_a_board_meet_recommend_the_committee_decides_then_exit()
    {
        var ddat = await factory.TrustIdAsync(Browsing.DdatTrust);
        var school = await factory.SchoolIdAsync(Browsing.DdatTrust, 190003);
        Task<Guid> User(string role) => factory.UserIdAsync(DemoSeeder.DemoEmail(role, Browsing.Ddat));

        // §3: the Deputy CEO recommends; the CEO designates.
        using var deputy = await factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);
        var id = await RecommendedAsync(deputy, school);
        using var ceo = await factory.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/designate", ("Reasons", "Agreed: a Raising Achievement Board."));
        Assert.Equal(ConcernStatus.Designated, (await CaseAsync(factory, ddat, id))!.Status);

        // §4: the CEO forms a RAB for two terms from this term, with the policy's quorum, and names its members and chair.
        var newBoard = $"/concerns/{id}/boards/new";
        var formFields = (await ceo.GetDocumentAsync(newBoard)).FieldsOf(newBoard)
            .With("Kind", nameof(BoardKind.RaisingAchievementBoard)).With("StartTerm", "2026-1").With("ClerkName", "Gill Governance");
        using var formed = await ceo.SubmitAsync(newBoard, formFields);
        Assert.Equal(HttpStatusCode.Redirect, formed.StatusCode);
        var boardId = Guid.Parse(formed.Headers.Location!.OriginalString.Split('/')[^1]);
        var members = new (string Role, string Category)[]
        {
            (TrustRole.DeputyCeo, "CentralExecutiveTeam"), (TrustRole.DirectorOfLearning, "CentralExecutiveTeam"), (TrustRole.SchoolImprovementOfficer, "SchoolImprovementTeam"),
        };
        foreach (var (role, category) in members)
        {
            var fields = (await ceo.FieldsAsync($"/boards/{boardId}", $"/boards/{boardId}/members"))
                .With("AddMember.Name", "").With("AddMember.UserId", (await User(role)).ToString()).With("AddMember.Category", category);
            using var added = await ceo.SubmitAsync($"/boards/{boardId}/members", fields);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var associateFields = (await ceo.FieldsAsync($"/boards/{boardId}", $"/boards/{boardId}/members"))
            .With("AddMember.Name", "Ada Expert").With("AddMember.UserId", "").With("AddMember.Category", "AssociateTrustee");
        using var associateAdded = await ceo.SubmitAsync($"/boards/{boardId}/members", associateFields);
        Assert.Equal(HttpStatusCode.Redirect, associateAdded.StatusCode);

        var board = await factory.LoadBoardAsync(Browsing.DdatTrust, boardId);
        Assert.Equal((id, 3, BoardStatus.Active), (board.ConcernCaseId, board.Quorum, board.Status));
        var deputyId = await User(TrustRole.DeputyCeo);
        var chair = board.Members.Single(m => m.UserId == deputyId);
        using var chairSet = await ceo.PostFormAsync($"/boards/{boardId}/chair", new Dictionary<string, string> { ["MemberId"] = chair.Id.ToString(), ["Version"] = board.Version.ToString() }, $"/boards/{boardId}");
        Assert.Equal(HttpStatusCode.Redirect, chairSet.StatusCode);

        // The chair records a meeting: three voting members present (the Associate Trustee never votes), so it is quorate.
        using var scheduled = await deputy.PostFormAsync($"/boards/{boardId}/meetings/new", new() { ["ScheduledOn"] = "2026-10-15" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meetingId = Guid.Parse(scheduled.Headers.Location!.OriginalString.Split('/')[^1]);
        var meeting = await MeetingTestData.MeetingOfAsync(factory, ddat, meetingId);
        var present = board.Members.Select(m => new KeyValuePair<string, string>("Present", m.Id.ToString()));
        using var attendance = await deputy.PostFormAsync($"/meetings/{meetingId}/attendance", [new("Version", meeting!.Version.ToString()), .. present], $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, attendance.StatusCode);
        meeting = await MeetingTestData.MeetingOfAsync(factory, ddat, meetingId);
        Assert.Equal(((bool?)true, (int?)3, 4), (meeting!.Quorate, meeting.VotingPresent, meeting.PresentMemberIds.Count));

        using var recommended = await deputy.PostFormAsync($"/meetings/{meetingId}/recommendations", new() { ["Text"] = "Commission an external review of reading." }, $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, recommended.StatusCode);
        var recommendation = await factory.InTrustAsync(ddat, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.MeetingId == meetingId));

        // The trust view shows the school, its board and the recommendation awaiting the committee.
        var overview = await ceo.GetDocumentAsync("/concerns");
        Assert.NotNull(overview.QuerySelector($"a[href='/concerns/{id}']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/boards/{boardId}']"));
        Assert.NotNull(overview.QuerySelector($"a[href='/meetings/{meetingId}']"));

        // The governance professional records the committee's decisions: the recommendation accepted; later the exit.
        using var clerk = await factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var accepted = await clerk.PostFormAsync($"/recommendations/{recommendation.Id}/decision",
            new() { ["Version"] = recommendation.Version.ToString(), ["Accepted"] = "true", ["DecidedOn"] = "2026-10-15", ["Notes"] = "Agreed." }, $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(RecommendationStatus.Accepted, (await factory.InTrustAsync(ddat, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id))).Status);

        // The RAB is advisory: the school is still causing concern until the committee agrees the exit the CEO recommends.
        Assert.Equal(Today, (await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        await DoneOnCaseAsync(ceo, id, $"/concerns/{id}/exit", ("Reasons", "Reading above target for two terms."), ("Confirm", "true"));
        await DoneOnCaseAsync(clerk, id, $"/concerns/{id}/exit-decision", ("Accepted", "true"), ("Notes", "Agreed at the committee."));

        var exited = await CaseAsync(factory, ddat, id);
        Assert.Equal((ConcernStatus.Exited, (DateOnly?)Today), (exited!.Status, exited.ExitedOn));
        Assert.Null((await SchoolAsync(factory, ddat, school)).CausingConcernSince);
        var ended = await factory.LoadBoardAsync(Browsing.DdatTrust, boardId);
        Assert.Equal((BoardStatus.Ended, (DateOnly?)Today), (ended.Status, ended.EndedOn));
        overview = await ceo.GetDocumentAsync("/concerns");
        Assert.Null(overview.QuerySelector($"a[href='/concerns/{id}']"));
        Assert.Null(overview.QuerySelector($"a[href='/boards/{boardId}']"));
    }
}
