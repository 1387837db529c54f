namespace SchoolImprovement.Domain.Boards;

/// <summary>
/// The ILTC's link members (DDAT Appendix 2): "Designate a link ILTC Member to take leadership
/// responsibility for safeguarding" (3.4), "… for SEND" (4.4), "Appoint an ILTC member who will be
/// responsible for Finance" (5.1).
/// </summary>
public enum LinkRole
{
    Safeguarding = 1,
    Send = 2,
    Finance = 3,
}

public static class LinkRoles
{
    public static IReadOnlyList<LinkRole> All { get; } = Enum.GetValues<LinkRole>();

    public static string Label(this LinkRole role) => role switch
    {
        LinkRole.Safeguarding => "Safeguarding",
        LinkRole.Send => "SEND",
        LinkRole.Finance => "Finance",
        _ => role.ToString(),
    };
}
