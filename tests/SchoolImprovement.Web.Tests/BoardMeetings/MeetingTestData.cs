using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.BoardMeetings;

/// <summary>The people of a test board: its id and its members' ids.</summary>
public sealed record MeetingTestBoard(Guid TrustId, Guid BoardId, Guid SchoolId, Guid Chair, Guid Director, Guid Officer, Guid LocalMember, Guid Associate);

/// <summary>
/// Boards and meetings made directly in the database for the meeting tests: a RAB chaired by the demo Deputy CEO, with the
/// Director of Learning, the officer (SIT), the demo local committee member, an Associate Trustee with no account, and the
/// demo governance professional as clerk; quorum 3, monthly, from Autumn 2026/27 for two terms.
/// </summary>
public static class MeetingTestData
{
    public static readonly AcademicTerm Autumn2026 = new(new AcademicYear(2026), Term.Autumn);

    public static async Task<MeetingTestBoard> RabAsync(PortalFactory portal, string trustPrefix, string domain, int urn)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var trust = await portal.TrustIdAsync(trustPrefix);
        var school = await portal.SchoolIdAsync(trustPrefix, urn);
        Task<Guid> User(string role) => portal.UserIdAsync(DemoSeeder.DemoEmail(role, domain));
        var deputy = await User(TrustRole.DeputyCeo);
        var director = await User(TrustRole.DirectorOfLearning);
        var officer = await User(TrustRole.SchoolImprovementOfficer);
        var local = await User(TrustRole.LocalCommitteeMember);
        var clerk = await User(TrustRole.GovernanceProfessional);
        var now = DateTimeOffset.UtcNow;
        var on = Autumn2026.FirstDay;
        return await portal.InTrustAsync(trust, async db =>
        {
            var board = Board.Form(school, null, new BoardSettings(BoardKind.RaisingAchievementBoard, Autumn2026, 3, 2, 1, 1, "Governance professional", clerk), deputy, now);
            var chair = board.AddMember("Deputy CEO", deputy, MembershipCategory.CentralExecutiveTeam, [], null, on, now);
            var dol = board.AddMember("Director of Learning", director, MembershipCategory.CentralExecutiveTeam, [], null, on, now);
            var sit = board.AddMember("School improvement officer", officer, MembershipCategory.SchoolImprovementTeam, [], null, on, now);
            var lc = board.AddMember("Local committee member", local, MembershipCategory.LocalCommittee, [], null, on, now);
            var associate = board.AddMember("Associate Trustee", null, MembershipCategory.AssociateTrustee, [], null, on, now);
            board.SetChair(chair.Id, now);
            db.Boards.Add(board);
            await db.SaveChangesAsync();
            return new MeetingTestBoard(trust, board.Id, school, chair.Id, dol.Id, sit.Id, lc.Id, associate.Id);
        });
    }

    /// <summary>A meeting of the board on <paramref name="on"/>, held with <paramref name="present"/> when any are given.</summary>
    public static Task<Guid> MeetingAsync(PortalFactory portal, MeetingTestBoard board, DateOnly on, params Guid[] present)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(board);
        return portal.InTrustAsync(board.TrustId, async db =>
        {
            var b = await db.Boards.Include(x => x.Members).Include(x => x.Extensions).SingleAsync(x => x.Id == board.BoardId);
            var meeting = BoardMeeting.Schedule(b, on, [], b.FormedBy, DateTimeOffset.UtcNow);
            if (present.Length > 0)
            {
                meeting.RecordAttendance(b, present, on, b.FormedBy, DateTimeOffset.UtcNow);
            }

            db.BoardMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    public static Task<BoardMeeting?> MeetingOfAsync(PortalFactory portal, Guid trust, Guid id)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.InTrustAsync(trust, db => db.BoardMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
