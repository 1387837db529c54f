namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// The terms of reference of each kind of board, from DDAT Appendix 1 (RAB) and Appendix 2 (ILTC), and
/// Vine §3 for the trust improvement board ("may be formed to replace the local governing body"; Vine's
/// policy names no chair, quorum or period, so those are set when the board is formed). The rules a
/// board enforces (who may chair, who is a member, link members, agenda standards) are read from here.
/// </summary>
public static class BoardTermsOfReference
{
    /// <summary>Who may chair: RAB — "a member of the Central Executive Team, a Trustee or an Associate Trustee"; ILTC — "a member of the Central Executive Team".</summary>
    public static IReadOnlyList<MembershipCategory> ChairCategories(BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => [MembershipCategory.CentralExecutiveTeam, MembershipCategory.Trustee, MembershipCategory.AssociateTrustee],
        BoardKind.InterimLocalTrustCommittee => [MembershipCategory.CentralExecutiveTeam],
        _ => [MembershipCategory.CentralExecutiveTeam, MembershipCategory.Trustee],
    };

    public static bool MayChair(BoardKind kind, MembershipCategory category) => ChairCategories(kind).Contains(category);

    /// <summary>
    /// Who may be a member: RAB — CET, School Improvement Team and LTC, with Trustees or Associate Trustees;
    /// ILTC — CET, School Improvement Team, Trustees or Associate Trustees (it replaces the LTC, so no LTC members).
    /// </summary>
    public static IReadOnlyList<MembershipCategory> MemberCategories(BoardKind kind) => kind switch
    {
        BoardKind.InterimLocalTrustCommittee => [MembershipCategory.CentralExecutiveTeam, MembershipCategory.SchoolImprovementTeam, MembershipCategory.Trustee, MembershipCategory.AssociateTrustee],
        _ => MembershipCategories.All,
    };

    /// <summary>The link members the board must designate (ILTC: safeguarding, SEND and finance, Appendix 2 §3.4, §4.4, §5.1).</summary>
    public static IReadOnlyList<LinkRole> LinkRoles(BoardKind kind) => kind == BoardKind.InterimLocalTrustCommittee ? Boards.LinkRoles.All : [];

    /// <summary>Whether the board keeps a register of members' business and personal interests (ILTC, Appendix 2 §5.4).</summary>
    public static bool KeepsInterestsRegister(BoardKind kind) => kind == BoardKind.InterimLocalTrustCommittee;

    /// <summary>Whether the board recruits and trains a local committee, and ends when it is formed (ILTC, Appendix 2 §7, §5).</summary>
    public static bool RecruitsLocalCommittee(BoardKind kind) => kind == BoardKind.InterimLocalTrustCommittee;

    /// <summary>An ILTC operates as the school's local committee for its period ("the current LTC may be removed", §5).</summary>
    public static bool ReplacesLocalCommittee(BoardKind kind) => kind == BoardKind.InterimLocalTrustCommittee;

    /// <summary>The agenda's standards (Appendix 1 §1.7–1.9); Christian distinctiveness only for a Church of England school.</summary>
    public static IReadOnlyList<AgendaStandard> Standards(BoardKind kind, bool isChurchSchool)
    {
        _ = kind; // Every kind monitors the same standards (Appendix 2 takes them from the LTC terms of reference).
        IReadOnlyList<AgendaStandard> all = Enum.GetValues<AgendaStandard>();
        return [.. all.Where(s => isChurchSchool || s != AgendaStandard.ChristianDistinctiveness)];
    }

    public static string Purpose(BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => "The RAB provides interim expertise and high-quality support and challenge to support future sustainable improvement, focusing on high educational achievement standards. The RAB is an advisory board and does not hold delegated decision-making authority: it submits recommendations to the Education and Standards Committee, which retains final decision-making authority.",
        BoardKind.InterimLocalTrustCommittee => "The ILTC provides interim expertise and high-quality governance to support future sustainable improvement, including promoting high educational achievement standards. It operates as the Local Trust Committee in accordance with the Scheme of Delegation, and works towards recruiting and training local members to form a Local Trust Committee.",
        _ => "A trust improvement board is formed for a school causing concern and may replace the local governing body while the school improves.",
    };

    public static string Chair(BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => "May be chaired by a member of the Central Executive Team, a Trustee or an Associate Trustee.",
        BoardKind.InterimLocalTrustCommittee => "May be chaired by a member of the Central Executive Team.",
        _ => "Chaired by a member of the Central Executive Team or a Trustee.",
    };

    public static string Membership(BoardKind kind) => kind switch
    {
        BoardKind.RaisingAchievementBoard => "Members of the Central Executive Team, the School Improvement Team and the Local Trust Committee. Trustees or Associate Trustees (external experts) may also be members.",
        BoardKind.InterimLocalTrustCommittee => "Members of the Central Executive Team, the School Improvement Team, Trustees or Associate Trustees, working towards recruiting and training Local Trust Committee members. Link members for safeguarding, SEND and finance; a register of members' business and personal interests.",
        _ => "Members of the central team and Trustees, with the school's governors where the trust decides.",
    };

    public const string AssociateTrustees = "Associate Trustees are external experts providing independent expertise and challenge. They do not hold governance responsibilities or decision-making authority. They contribute to discussions and recommendations but are not formal voting members.";

    public const string Clerk = "The Trust Board agrees the clerking arrangements based on the Governance Professional's recommendation; the Governance Professional or their delegate consults with the CEO.";

    public static string Meetings(BoardKind kind) => kind switch
    {
        BoardKind.InterimLocalTrustCommittee => "Established for a first period of terms, with an option to extend on a termly basis until a fully functioning Local Trust Committee can be established. Meeting cycle agreed (monthly by default) until transferred to a Local Trust Committee.",
        _ => "Established for a first period of terms, with an option to extend on a termly basis. Meeting cycle agreed (monthly by default).",
    };
}
