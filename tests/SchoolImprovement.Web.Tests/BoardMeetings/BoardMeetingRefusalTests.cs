using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>
/// Who may not record a board's business: a member who is neither chair nor clerk (403), the school's headteacher (403),
/// the chair for the committee's decisions (403), and anyone of another trust (404 with a valid antiforgery token); each
/// time the records are unchanged.
/// </summary>
public sealed class BoardMeetingRefusalTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly MeetingOn = new(2026, 10, 8);
    private readonly PortalFactory _factory;

    public BoardMeetingRefusalTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
    }

    [Fact]
    public async Task A_board_member_who_is_not_chair_or_clerk_and_the_headteacher_cannot_record()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190001);
        var meetingId = await MeetingTestData.MeetingAsync(_factory, board, MeetingOn);
        var before = await MeetingTestData.MeetingOfAsync(_factory, board.TrustId, meetingId);

        foreach (var role in new[] { TrustRole.SchoolImprovementOfficer, TrustRole.Headteacher, TrustRole.LocalCommitteeMember })
        {
            using var client = await _factory.SignedInAsAsync(role, Browsing.Ddat);
            var page = await client.GetDocumentAsync($"/meetings/{meetingId}");
            Assert.Null(page.QuerySelector($"form[action='/meetings/{meetingId}/attendance']"));
            var token = await client.AntiforgeryTokenAsync();
            using var attendance = await client.PostWithTokenAsync($"/meetings/{meetingId}/attendance", token,
                [new("Version", before!.Version.ToString()), new("Present", board.Chair.ToString()), new("Present", board.Director.ToString()), new("Present", board.Officer.ToString())]);
            using var schedule = await client.PostWithTokenAsync($"/boards/{board.BoardId}/meetings/new", token, [new("ScheduledOn", "2026-11-08")]);
            using var urgent = await client.PostWithTokenAsync($"/boards/{board.BoardId}/urgent-decisions", token, [new("Text", "Decide."), new("DecidedOn", "2026-10-15")]);

            Assert.Equal(HttpStatusCode.Forbidden, attendance.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, urgent.StatusCode);
        }

        var after = await MeetingTestData.MeetingOfAsync(_factory, board.TrustId, meetingId);
        Assert.Equal((before!.Version, BoardMeetingStatus.Scheduled, (bool?)null), (after!.Version, after.Status, after.Quorate));
        Assert.Equal(1, await _factory.InTrustAsync(board.TrustId, db => db.BoardMeetings.CountAsync(m => m.BoardId == board.BoardId)));
        Assert.Equal(0, await _factory.InTrustAsync(board.TrustId, db => db.UrgentDecisions.CountAsync(d => d.BoardId == board.BoardId)));
    }

    [Fact]
    public async Task Only_the_governance_professional_records_the_committees_decision()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190002);
        var meetingId = await MeetingTestData.MeetingAsync(_factory, board, MeetingOn, board.Chair, board.Director, board.Officer);
        var recommendation = await RecommendAsync(board, meetingId);

        foreach (var role in new[] { TrustRole.DeputyCeo, TrustRole.Ceo, TrustRole.Headteacher })
        {
            using var client = await _factory.SignedInAsAsync(role, Browsing.Ddat);
            var token = await client.AntiforgeryTokenAsync();
            using var decided = await client.PostWithTokenAsync($"/recommendations/{recommendation.Id}/decision", token,
                [new("Version", recommendation.Version.ToString()), new("Accepted", "true"), new("DecidedOn", "2026-10-15")]);
            Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
        }

        var after = await _factory.InTrustAsync(board.TrustId, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id));
        Assert.Equal((RecommendationStatus.Pending, recommendation.Version), (after.Status, after.Version));
    }

    [Fact]
    public async Task Another_trusts_meeting_recommendation_and_decision_are_not_found_and_unchanged()
    {
        var vineBoard = await MeetingTestData.RabAsync(_factory, Browsing.VineTrust, Browsing.Vine, 290002);
        var vineMeeting = await MeetingTestData.MeetingAsync(_factory, vineBoard, MeetingOn, vineBoard.Chair, vineBoard.Director, vineBoard.Officer);
        var vineRecommendation = await RecommendAsync(vineBoard, vineMeeting);
        var vineDecision = await _factory.InTrustAsync(vineBoard.TrustId, async db =>
        {
            var b = await db.Boards.Include(x => x.Members).Include(x => x.Extensions).SingleAsync(x => x.Id == vineBoard.BoardId);
            var decision = UrgentDecision.Take(b, "Vine's decision.", MeetingOn, MeetingOn, b.Chair!.UserId!.Value, DateTimeOffset.UtcNow);
            db.UrgentDecisions.Add(decision);
            await db.SaveChangesAsync();
            return decision;
        });
        var meetingBefore = await MeetingTestData.MeetingOfAsync(_factory, vineBoard.TrustId, vineMeeting);

        using var ddat = await _factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var token = await ddat.AntiforgeryTokenAsync();
        HttpResponseMessage[] responses =
        [
            await ddat.GetAsync($"/meetings/{vineMeeting}"),
            await ddat.GetAsync($"/boards/{vineBoard.BoardId}/urgent-decisions"),
            await ddat.PostWithTokenAsync($"/meetings/{vineMeeting}/attendance", token, [new("Version", meetingBefore!.Version.ToString()), new("Present", vineBoard.Chair.ToString())]),
            await ddat.PostWithTokenAsync($"/meetings/{vineMeeting}/minutes", token, [new("Version", meetingBefore.Version.ToString()), new("Minutes", "From DDAT")]),
            await ddat.PostWithTokenAsync($"/meetings/{vineMeeting}/recommendations", token, [new("Text", "From DDAT")]),
            await ddat.PostWithTokenAsync($"/boards/{vineBoard.BoardId}/meetings/new", token, [new("ScheduledOn", "2026-11-08")]),
            await ddat.PostWithTokenAsync($"/recommendations/{vineRecommendation.Id}/decision", token,
                [new("Version", vineRecommendation.Version.ToString()), new("Accepted", "false"), new("DecidedOn", "2026-10-15"), new("Notes", "From DDAT")]),
            await ddat.PostWithTokenAsync($"/urgent-decisions/{vineDecision.Id}/ratification", token,
                [new("Version", vineDecision.Version.ToString()), new("Ratified", "false"), new("On", "2026-10-15"), new("Notes", "From DDAT")]),
        ];

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        foreach (var r in responses)
        {
            r.Dispose();
        }

        await _factory.InTrustAsync(vineBoard.TrustId, async db =>
        {
            var meeting = await db.BoardMeetings.AsNoTracking().SingleAsync(m => m.Id == vineMeeting);
            Assert.Equal((meetingBefore.Version, meetingBefore.Quorate, (string?)null), (meeting.Version, meeting.Quorate, meeting.Minutes));
            Assert.Equal(1, await db.BoardMeetings.CountAsync(m => m.BoardId == vineBoard.BoardId));
            Assert.Equal(1, await db.BoardRecommendations.CountAsync(r => r.BoardId == vineBoard.BoardId));
            var recommendation = await db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == vineRecommendation.Id);
            Assert.Equal((RecommendationStatus.Pending, vineRecommendation.Version), (recommendation.Status, recommendation.Version));
            var decision = await db.UrgentDecisions.AsNoTracking().SingleAsync(d => d.Id == vineDecision.Id);
            Assert.Equal((UrgentDecisionStatus.AwaitingRatification, vineDecision.Version), (decision.Status, decision.Version));
        });
    }

    private Task<BoardRecommendation> RecommendAsync(MeetingTestBoard board, Guid meetingId) =>
        _factory.InTrustAsync(board.TrustId, async db =>
        {
            var meeting = await db.BoardMeetings.SingleAsync(m => m.Id == meetingId);
            var recommendation = BoardRecommendation.Make(meeting, "Extend the board.", meeting.ScheduledBy, DateTimeOffset.UtcNow);
            db.BoardRecommendations.Add(recommendation);
            await db.SaveChangesAsync();
            return recommendation;
        });
}
