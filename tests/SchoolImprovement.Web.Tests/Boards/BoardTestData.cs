using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Concerns;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Boards;

/// <summary>Designated concern cases and boards for the board tests, made straight in the database.</summary>
internal static class BoardTestData
{
    public static string Domain(string trust) => trust == Browsing.DdatTrust ? Browsing.Ddat : Browsing.Vine;

    /// <summary>A concern case for the school, designated by the CEO (or only recommended).</summary>
    public static async Task<Guid> DesignatedCaseAsync(this PortalFactory factory, string trust, int urn, bool designate = true)
    {
        var trustId = await factory.TrustIdAsync(trust);
        var ceo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Domain(trust)));
        return await factory.InTrustAsync(trustId, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Urn == urn);
            var kinds = (await db.PolicyProfiles.SingleAsync()).BoardKinds;
            var concern = ConcernCase.Recommend(school, [ConcernGround.OverallEffectiveness], "Board test evidence.", kinds[0], kinds, false, ceo, DateTimeOffset.UtcNow);
            if (designate)
            {
                concern.Designate(school, "Board test.", ceo, DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
            }

            db.ConcernCases.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });
    }

    /// <summary>A board formed straight in the database (for the tests that are not about forming one).</summary>
    public static async Task<Guid> BoardAsync(this PortalFactory factory, string trust, int urn, BoardKind kind, AcademicTerm start, Action<Board>? setUp = null)
    {
        var trustId = await factory.TrustIdAsync(trust);
        var ceo = await factory.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.Ceo, Domain(trust)));
        return await factory.InTrustAsync(trustId, async db =>
        {
            var school = await db.Schools.SingleAsync(s => s.Urn == urn);
            var board = Board.Form(school.Id, null, new BoardSettings(kind, start, 3, 2, 1, 1, "Clerk Kent"), ceo, DateTimeOffset.UtcNow);
            setUp?.Invoke(board);
            db.Boards.Add(board);
            await db.SaveChangesAsync();
            return board.Id;
        });
    }

    public static async Task<Board> LoadBoardAsync(this PortalFactory factory, string trust, Guid id) =>
        await factory.InTrustAsync(await factory.TrustIdAsync(trust), db => db.Boards.AsNoTracking().AsSplitQuery()
            .Include(b => b.Members).Include(b => b.Extensions).Include(b => b.RecruitmentSteps).SingleAsync(b => b.Id == id));

    public static async Task<List<Board>> BoardsOfSchoolAsync(this PortalFactory factory, string trust, int urn)
    {
        var trustId = await factory.TrustIdAsync(trust);
        return await factory.InTrustAsync(trustId, async db =>
        {
            var school = await db.Schools.Where(s => s.Urn == urn).Select(s => s.Id).SingleAsync();
            return await db.Boards.AsNoTracking().Where(b => b.SchoolId == school).ToListAsync();
        });
    }
}
