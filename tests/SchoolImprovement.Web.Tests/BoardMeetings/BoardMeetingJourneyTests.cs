using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>
/// Through HTTP: the chair schedules a meeting on the cycle, records the attendance (quorate from the voting members
/// present), the minutes and a recommendation; the governance professional records the committee's acceptance. The board
/// is advisory: the school and its categorisations are unchanged by all of it.
/// </summary>
public sealed class BoardMeetingJourneyTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 10, 15);
    private readonly PortalFactory _factory;

    public BoardMeetingJourneyTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
    }

    [Fact]
    public async Task Schedule_attendance_minutes_recommendation_and_the_committee_accepts()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190003);
        var schoolBefore = await SchoolStateAsync(board);
        using var chair = await _factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);

        var form = await chair.GetDocumentAsync($"/boards/{board.BoardId}/meetings/new");
        Assert.Equal("2026-10-15", form.QuerySelector("#ScheduledOn")!.GetAttribute("value"));
        Assert.Contains("15/10/2026, 15/11/2026, 15/12/2026", form.QuerySelector("#next-dates")!.TextContent, StringComparison.Ordinal);

        using var scheduled = await chair.PostFormAsync($"/boards/{board.BoardId}/meetings/new", new() { ["ScheduledOn"] = "2026-10-15" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var meetingId = Guid.Parse(scheduled.Headers.Location!.OriginalString.Split('/')[^1]);
        var meeting = await MeetingTestData.MeetingOfAsync(_factory, board.TrustId, meetingId);
        Assert.Equal((Today, BoardMeetingStatus.Scheduled, board.BoardId), (meeting!.ScheduledOn, meeting.Status, meeting.BoardId));

        using var attendance = await chair.PostFormAsync($"/meetings/{meetingId}/attendance",
            [new("Version", meeting.Version.ToString()), new("Present", board.Chair.ToString()), new("Present", board.Director.ToString()),
             new("Present", board.Officer.ToString()), new("Present", board.Associate.ToString())],
            $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, attendance.StatusCode);
        meeting = await MeetingTestData.MeetingOfAsync(_factory, board.TrustId, meetingId);
        Assert.Equal((BoardMeetingStatus.Held, true, 3, 4), (meeting!.Status, meeting.Quorate, meeting.VotingPresent, meeting.PresentMemberIds.Count));
        var page = await chair.GetDocumentAsync($"/meetings/{meetingId}");
        Assert.Equal("Quorate", page.QuerySelector("#quorate")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#agenda-Attainment"));
        Assert.NotNull(page.QuerySelector("#agenda-BehaviourAndAttendance"));

        using var minutes = await chair.PostFormAsync($"/meetings/{meetingId}/minutes",
            [new("Version", meeting.Version.ToString()), new("Notes[0].Standard", "Attainment"), new("Notes[0].Text", "Reading is **below target** in Year 6."),
             new("Minutes", "The board met the headteacher."), new("KeyFindings", "Phonics is improving.")],
            $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, minutes.StatusCode);

        using var recommended = await chair.PostFormAsync($"/meetings/{meetingId}/recommendations", new() { ["Text"] = "Commission an external review of reading." }, $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, recommended.StatusCode);
        var recommendation = await _factory.InTrustAsync(board.TrustId, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.MeetingId == meetingId));
        Assert.Equal(RecommendationStatus.Pending, recommendation.Status);

        page = await chair.GetDocumentAsync($"/meetings/{meetingId}");
        Assert.Equal("below target", page.QuerySelector("#agenda-Attainment strong")!.TextContent);
        Assert.Contains("Phonics is improving.", page.QuerySelector("#key-findings")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"form[action='/recommendations/{recommendation.Id}/decision']"));

        using var clerk = await _factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        var clerkPage = await clerk.GetDocumentAsync($"/meetings/{meetingId}");
        Assert.NotNull(clerkPage.QuerySelector($"form[action='/recommendations/{recommendation.Id}/decision']"));
        using var decided = await clerk.PostFormAsync($"/recommendations/{recommendation.Id}/decision",
            new() { ["Version"] = recommendation.Version.ToString(), ["Accepted"] = "true", ["DecidedOn"] = "2026-10-15", ["Notes"] = "Agreed." },
            $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal($"/meetings/{meetingId}", decided.Headers.Location!.OriginalString);

        recommendation = await _factory.InTrustAsync(board.TrustId, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id));
        Assert.Equal((RecommendationStatus.Accepted, (DateOnly?)Today, "Agreed."), (recommendation.Status, recommendation.CommitteeDecidedOn, recommendation.CommitteeNotes));
        Assert.Equal(schoolBefore, await SchoolStateAsync(board));

        using var again = await clerk.PostFormAsync($"/recommendations/{recommendation.Id}/decision",
            new() { ["Version"] = recommendation.Version.ToString(), ["Accepted"] = "false", ["DecidedOn"] = "2026-10-15", ["Notes"] = "Changed." },
            $"/meetings/{meetingId}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already decided", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Accepted, (await _factory.InTrustAsync(board.TrustId, db => db.BoardRecommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id))).Status);
    }

    /// <summary>The school's row and its categorisations, which a board's business must never change (the RAB is advisory).</summary>
    private Task<string> SchoolStateAsync(MeetingTestBoard board) =>
        _factory.InTrustAsync(board.TrustId, async db =>
        {
            var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == board.SchoolId);
            var categorisations = await db.Categorisations.AsNoTracking().Where(c => c.SchoolId == board.SchoolId)
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.Version, c.Status }).ToListAsync();
            return $"{school.Version}|{school.ClosedOn}|{string.Join(",", categorisations.Select(c => $"{c.Id}:{c.Version}:{c.Status}"))}";
        });
}
