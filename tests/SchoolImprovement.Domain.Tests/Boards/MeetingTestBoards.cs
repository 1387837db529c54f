using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>A RAB for the meeting tests: Autumn 2026/27 for two terms (to 31 March 2027), quorum 3, monthly; four voting members and an Associate Trustee.</summary>
internal sealed class MeetingTestBoard
{
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly AcademicTerm Autumn2026 = new(new AcademicYear(2026), Term.Autumn);

    public Guid ChairUser { get; } = Guid.NewGuid();
    public Guid OfficerUser { get; } = Guid.NewGuid();
    public Guid Clerk { get; } = Guid.NewGuid();
    public Board Board { get; }
    public BoardMember Chair { get; }
    public BoardMember Officer { get; }
    public BoardMember Director { get; }
    public BoardMember LocalMember { get; }
    public BoardMember Associate { get; }

    public MeetingTestBoard(int meetingIntervalMonths = 1, BoardKind kind = BoardKind.RaisingAchievementBoard)
    {
        Board = Board.Form(Guid.NewGuid(), null, new BoardSettings(kind, Autumn2026, 3, 2, 1, meetingIntervalMonths, "Clerk", Clerk), Guid.NewGuid(), Now);
        var on = new DateOnly(2026, 9, 1);
        Chair = Board.AddMember("Deputy CEO", ChairUser, MembershipCategory.CentralExecutiveTeam, [], null, on, Now);
        Director = Board.AddMember("Director of Learning", Guid.NewGuid(), MembershipCategory.CentralExecutiveTeam, [], null, on, Now);
        Officer = Board.AddMember("Officer", OfficerUser, MembershipCategory.SchoolImprovementTeam, [], null, on, Now);
        LocalMember = Board.AddMember("Local member", null, kind == BoardKind.RaisingAchievementBoard ? MembershipCategory.LocalCommittee : MembershipCategory.Trustee, [], null, on, Now);
        Associate = Board.AddMember("Associate", null, MembershipCategory.AssociateTrustee, [], null, on, Now);
        Board.SetChair(Chair.Id, Now);
    }

    public BoardMeeting Meeting(DateOnly on) => BoardMeeting.Schedule(Board, on, [], Guid.NewGuid(), Now);

    /// <summary>A meeting held with these members present.</summary>
    public BoardMeeting Held(DateOnly on, params BoardMember[] present)
    {
        var meeting = Meeting(on);
        meeting.RecordAttendance(Board, present.Select(m => m.Id), on, Clerk, Now);
        return meeting;
    }
}
