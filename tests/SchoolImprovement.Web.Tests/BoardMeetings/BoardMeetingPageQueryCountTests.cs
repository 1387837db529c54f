using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>
/// The meeting page sends the same number of SQL commands whether the trust has 10 schools or 200 and the school has a
/// few or many open actions, meetings and recommendations; and what was added really shows. SQLite and PostgreSQL.
/// </summary>
public abstract class BoardMeetingPageQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_meeting_page_keeps_a_constant_query_count_as_the_school_and_trust_grow()
    {
        Portal.Clock.PinUk(new DateTime(2026, 10, 15, 10, 0, 0));
        var board = await MeetingTestData.RabAsync(Portal, Browsing.DdatTrust, Browsing.Ddat, 190003);
        var meetingId = await MeetingTestData.MeetingAsync(Portal, board, new DateOnly(2026, 10, 15), board.Chair, board.Director, board.Officer);
        using var clerk = await Portal.SignedInAsAsync(TrustRole.GovernanceProfessional, Browsing.Ddat);

        await GrowAsync(board, meetingId, schools: 10, actions: 2, recommendations: 1);
        var small = await CountAsync(clerk, meetingId);
        await GrowAsync(board, meetingId, schools: 200, actions: 60, recommendations: 25);
        var grown = await CountAsync(clerk, meetingId);

        Assert.Equal(small, grown);
        Assert.InRange(grown, 1, 16);
        var page = await clerk.GetDocumentAsync($"/meetings/{meetingId}");
        Assert.True(page.QuerySelectorAll("#open-actions li").Length >= 60);
        Assert.True(page.QuerySelectorAll("article.recommendation").Length >= 25);
    }

    private async Task GrowAsync(MeetingTestBoard board, Guid meetingId, int schools, int actions, int recommendations)
    {
        await Portal.InTrustAsync(board.TrustId, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var today = new DateOnly(2026, 10, 15);
            for (var i = await db.Schools.CountAsync(); i < schools; i++)
            {
                db.Schools.Add(new School(new SchoolDetails(180000 + i, $"Meeting Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1))));
            }

            for (var i = await db.Actions.CountAsync(a => a.SchoolId == board.SchoolId && a.Status == ActionStatus.Open); i < actions; i++)
            {
                db.Actions.Add(ImprovementAction.Create(board.SchoolId, $"Growth action {i}", ActionSource.Board, null, "Headteacher", null, today.AddDays(i), today, now));
            }

            var meeting = await db.BoardMeetings.SingleAsync(m => m.Id == meetingId);
            for (var i = await db.BoardRecommendations.CountAsync(r => r.MeetingId == meetingId); i < recommendations; i++)
            {
                db.BoardRecommendations.Add(BoardRecommendation.Make(meeting, $"Recommendation {i}", meeting.ScheduledBy, now));
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<int> CountAsync(HttpClient client, Guid meetingId)
    {
        Portal.Commands.Reset();
        using var response = await client.GetAsync($"/meetings/{meetingId}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        return Portal.Commands.Count;
    }
}

public sealed class SqliteBoardMeetingPageQueryCountTests(SqlitePortal fixture) : BoardMeetingPageQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresBoardMeetingPageQueryCountTests(PostgresPortal fixture) : BoardMeetingPageQueryCountTests<PostgresPortal>(fixture);
