using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Boards;

/// <summary>
/// A board's page sends the same number of SQL commands with 10 schools and a handful of members as with 200 schools
/// (each with its own board) and a board of many members, extensions and recruitment steps, for the CEO (who manages
/// boards) and the school's headteacher; and the added members really show. SQLite and PostgreSQL.
/// </summary>
public abstract class BoardPageQueryCountTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private const int Grown = 200;

    private PortalFactory Portal => fixture.Portal;

    [SkippableFact]
    public async Task The_board_page_keeps_a_constant_query_count_from_10_to_200_schools_and_many_members()
    {
        Portal.Clock.PinUk(new DateTime(2026, 11, 2, 9, 0, 0));
        var ddat = await Portal.TrustIdAsync(Browsing.DdatTrust);
        var id = await Portal.BoardAsync(Browsing.DdatTrust, 190001, BoardKind.InterimLocalTrustCommittee, new AcademicTerm(new AcademicYear(2026), Term.Autumn));
        using var ceo = await Portal.SignedInAsAsync(TrustRole.Ceo, Browsing.Ddat);
        using var head = await Portal.SignedInAsAsync(TrustRole.Headteacher, Browsing.Ddat);
        var page = $"/boards/{id}";

        await GrowAsync(ddat, id, 10, 5);
        var atTen = await CountAllAsync((ceo, page), (head, page));
        await GrowAsync(ddat, id, Grown, 120);
        var atTwoHundred = await CountAllAsync((ceo, page), (head, page));

        Assert.Equal(atTen, atTwoHundred);
        // The board, its members, extensions, recruitment, access, people to add and the meetings panel (meetings, recommendations, urgent decisions).
        Assert.All(atTen, count => Assert.InRange(count, 1, 12));
        var members = (await ceo.GetDocumentAsync(page)).QuerySelectorAll("#member-list tbody tr").Length;
        Assert.Equal(120, members);
    }

    /// <summary>Grows the trust to <paramref name="schools"/> schools, each with a board, and the board to <paramref name="members"/> members, a third of them declaring interests, one extension per ten members.</summary>
    private async Task GrowAsync(Guid trust, Guid boardId, int schools, int members)
    {
        var ceo = await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Browsing.Ddat));
        var now = DateTimeOffset.UtcNow;
        await Portal.InTrustAsync(trust, async db =>
        {
            for (var i = await db.Schools.CountAsync(); i < schools; i++)
            {
                var school = new School(new SchoolDetails(160000 + i, $"Board Growth {i:000}", "Primary", "Academy converter", "Derbyshire", null, null, 100, new DateOnly(2025, 9, 1)));
                db.Schools.Add(school);
                db.Boards.Add(Board.Form(school.Id, null, new BoardSettings(BoardKind.RaisingAchievementBoard, new AcademicTerm(new AcademicYear(2026), Term.Autumn), 3, 2, 1), ceo, now));
            }

            var board = await db.Boards.Include(b => b.Members).Include(b => b.Extensions).SingleAsync(b => b.Id == boardId);
            for (var i = board.Members.Count; i < members; i++)
            {
                board.AddMember($"Growth Member {i:000}", null, i % 2 == 0 ? MembershipCategory.CentralExecutiveTeam : MembershipCategory.AssociateTrustee, [], i % 3 == 0 ? "Governor elsewhere" : null, new DateOnly(2026, 9, 1), now);
            }

            while (board.Extensions.Count < members / 10)
            {
                board.Extend($"Growth extension {board.Extensions.Count}", new DateOnly(2026, 10, 1), ceo, now);
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task<List<int>> CountAllAsync(params (HttpClient Client, string Page)[] pages)
    {
        var counts = new List<int>();
        foreach (var (client, page) in pages)
        {
            Portal.Commands.Reset();
            using var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            counts.Add(PageCommands.OwnOf(Portal.Commands.Texts).Count);
        }

        return counts;
    }
}

public sealed class SqliteBoardPageQueryCountTests(SqlitePortal fixture) : BoardPageQueryCountTests<SqlitePortal>(fixture);

public sealed class PostgresBoardPageQueryCountTests(PostgresPortal fixture) : BoardPageQueryCountTests<PostgresPortal>(fixture);
