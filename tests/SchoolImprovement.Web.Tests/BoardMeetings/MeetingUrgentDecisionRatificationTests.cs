using System.Net;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>The chair's urgent decision between meetings awaits ratification, shown on the board's pages, until the governance professional records the committee's ratification.</summary>
public sealed class MeetingUrgentDecisionRatificationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MeetingUrgentDecisionRatificationTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.PinUk(new DateTime(2026, 11, 3, 10, 0, 0));
    }

    [Fact]
    public async Task The_chairs_urgent_decision_is_flagged_until_the_committee_ratifies_it()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190005);
        using var chair = await _factory.SignedInAsAsync(TrustRole.DeputyCeo, Browsing.Ddat);

        using var decided = await chair.PostFormAsync($"/boards/{board.BoardId}/urgent-decisions",
            new() { ["Text"] = "Release funds for a reading consultant now.", ["DecidedOn"] = "2026-11-02" });

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var decision = await _factory.InTrustAsync(board.TrustId, db => db.UrgentDecisions.AsNoTracking().SingleAsync(d => d.BoardId == board.BoardId));
        var deputy = await _factory.UserIdAsync(Infrastructure.Seeding.DemoSeeder.DemoEmail(TrustRole.DeputyCeo, Browsing.Ddat));
        Assert.Equal((UrgentDecisionStatus.AwaitingRatification, deputy, new DateOnly(2026, 11, 2)), (decision.Status, decision.DecidedBy, decision.DecidedOn));
        var list = await chair.GetDocumentAsync($"/boards/{board.BoardId}/urgent-decisions");
        Assert.Contains("Awaiting ratification", list.QuerySelector($"#decision-{decision.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector($"form[action='/urgent-decisions/{decision.Id}/ratification']"));

        using var clerk = await _factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);
        using var ratified = await clerk.PostFormAsync($"/urgent-decisions/{decision.Id}/ratification",
            new() { ["Version"] = decision.Version.ToString(), ["Ratified"] = "true", ["On"] = "2026-11-03" },
            $"/boards/{board.BoardId}/urgent-decisions");

        Assert.Equal(HttpStatusCode.Redirect, ratified.StatusCode);
        decision = await _factory.InTrustAsync(board.TrustId, db => db.UrgentDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id));
        Assert.Equal((UrgentDecisionStatus.Ratified, (DateOnly?)new DateOnly(2026, 11, 3)), (decision.Status, decision.RatifiedOn));
        list = await chair.GetDocumentAsync($"/boards/{board.BoardId}/urgent-decisions");
        Assert.Contains("Ratified on 03/11/2026", list.QuerySelector($"#decision-{decision.Id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clerk_cannot_make_the_chairs_urgent_decision()
    {
        var board = await MeetingTestData.RabAsync(_factory, Browsing.DdatTrust, Browsing.Ddat, 190006);
        using var clerk = await _factory.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        using var response = await clerk.PostFormAsync($"/boards/{board.BoardId}/urgent-decisions",
            new() { ["Text"] = "Decide for the chair.", ["DecidedOn"] = "2026-11-02" }, $"/boards/{board.BoardId}/urgent-decisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only the board&#x27;s chair", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.InTrustAsync(board.TrustId, db => db.UrgentDecisions.CountAsync(d => d.BoardId == board.BoardId)));
    }
}
