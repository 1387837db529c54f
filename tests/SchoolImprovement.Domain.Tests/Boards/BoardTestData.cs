using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Tests.Boards;

/// <summary>Boards as DDAT forms them (quorum three, two terms, extended one term at a time).</summary>
internal static class BoardTestData
{
    public static readonly DateTimeOffset At = new(2026, 9, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly On = new(2026, 9, 10);
    public static readonly Guid Ceo = Guid.NewGuid();

    public static AcademicTerm Term(int startYear, Term term) => new(new AcademicYear(startYear), term);

    public static Board Form(BoardKind kind, AcademicTerm? start = null, int quorum = 3, int firstPeriod = 2, int extension = 1) =>
        Board.Form(Guid.NewGuid(), null, new BoardSettings(kind, start ?? Term(2026, SchoolImprovement.Domain.Calendar.Term.Autumn), quorum, firstPeriod, extension, 1, "Clerk Kent"), Ceo, At);

    public static BoardMember Add(this Board board, MembershipCategory category, string? name = null, params LinkRole[] roles) =>
        board.AddMember(name ?? $"{category} {board.Members.Count + 1}", null, category, roles, null, On, At);
}
