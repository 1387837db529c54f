namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// A board member's membership category, as the terms of reference name them (DDAT Appendix 1 and 2,
/// "Membership"). Associate Trustees are external experts who "are not formal voting members".
/// </summary>
public enum MembershipCategory
{
    CentralExecutiveTeam = 1,
    SchoolImprovementTeam = 2,
    LocalCommittee = 3,
    Trustee = 4,
    AssociateTrustee = 5,
}

public static class MembershipCategories
{
    public static IReadOnlyList<MembershipCategory> All { get; } = Enum.GetValues<MembershipCategory>();

    /// <summary>Associate Trustees "contribute to discussions and recommendations but are not formal voting members" (Appendix 1).</summary>
    public static bool Votes(this MembershipCategory category) => category != MembershipCategory.AssociateTrustee;

    public static string Label(this MembershipCategory category) => category switch
    {
        MembershipCategory.CentralExecutiveTeam => "Central Executive Team",
        MembershipCategory.SchoolImprovementTeam => "School Improvement Team",
        MembershipCategory.LocalCommittee => "Local committee",
        MembershipCategory.Trustee => "Trustee",
        MembershipCategory.AssociateTrustee => "Associate Trustee",
        _ => category.ToString(),
    };
}
