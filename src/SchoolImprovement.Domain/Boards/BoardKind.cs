namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// The kinds of board a trust forms for a school causing concern: DDAT's Raising Achievement Board
/// (§4, Appendix 1) and Interim Local Trust Committee (§5, Appendix 2), and Vine's trust improvement
/// board ("A trust improvement board may be formed to replace the local governing body", §3 Risk).
/// A trust's profile names the kinds it uses (<see cref="Policy.PolicyProfile.BoardKinds"/>).
/// </summary>
public enum BoardKind
{
    RaisingAchievementBoard = 1,
    InterimLocalTrustCommittee = 2,
    TrustImprovementBoard = 3,
}

public static class BoardKinds
{
    public static IReadOnlyList<BoardKind> All { get; } = Enum.GetValues<BoardKind>();

    public static string Label(this BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => "Raising Achievement Board (RAB)",
        BoardKind.InterimLocalTrustCommittee => "Interim Local Trust Committee (ILTC)",
        BoardKind.TrustImprovementBoard => "Trust improvement board",
        _ => kind.ToString(),
    };

    public static string ShortLabel(this BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => "RAB",
        BoardKind.InterimLocalTrustCommittee => "ILTC",
        BoardKind.TrustImprovementBoard => "Improvement board",
        _ => kind.ToString(),
    };
}
