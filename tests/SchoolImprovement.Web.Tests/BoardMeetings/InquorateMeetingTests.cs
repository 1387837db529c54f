using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>A recommendation at an inquorate meeting (an Associate Trustee does not count) is refused with the reason on the page, the input kept, nothing saved.</summary>
public sealed class InquorateMeetingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public InquorateMeetingTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 10, 20, 10, 0, 0));
    }

    [Fact]
    public async Task A_recommendation_at_an_inquorate_meeting_is_refused_with_the_reason_and_nothing_saved()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190004);
        var meetingId = await MeetingTestData.MeetingAsync(_factory, board, new DateOnly(2026, 10, 20), board.Chair, board.Officer, board.Associate);
        using var chair = await _factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);

        var page = await chair.GetDocumentAsync($"/meetings/{meetingId}");
        Assert.Equal("Not quorate", page.QuerySelector("#quorate")!.TextContent.Trim());

        using var response = await chair.PostFormAsync($"/meetings/{meetingId}/recommendations", new() { ["Text"] = "Extend the board by a term." }, $"/meetings/{meetingId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.DocumentAsync();
        var problem = shown.QuerySelector(".alert-danger")!.TextContent;
        Assert.Contains("was not quorate (2 voting members present; the quorum is 3)", problem, StringComparison.Ordinal);
        Assert.Contains("Associate Trustees are not voting members", problem, StringComparison.Ordinal);
        Assert.Equal("Extend the board by a term.", shown.QuerySelector("textarea#Text")!.TextContent);
        Assert.Null(shown.QuerySelector(".alert-success"));
        Assert.Equal(0, await _factory.InTrustAsync(board.TrustId, db => db.BoardRecommendations.CountAsync(r => r.BoardId == board.BoardId)));
    }
}
