namespace SchoolImprovement.Domain.Cycles;

/// <summary>
/// Who leads a review (Vine §4: "a development review ... led by a member of the central team, a school or an external
/// partner"; senior leaders from the trust's schools take part as team members).
/// </summary>
public enum ReviewLead
{
    CentralTeam = 1,
    SchoolStaff = 2,
    ExternalPartner = 3,
}

public static class ReviewLeads
{
    public static IReadOnlyList<ReviewLead> All { get; } = Enum.GetValues<ReviewLead>();

    public static string Label(this ReviewLead lead) => lead switch
    {
        ReviewLead.CentralTeam => "A member of the central team",
        ReviewLead.SchoolStaff => "A school's senior leader",
        ReviewLead.ExternalPartner => "An external partner",
        _ => lead.ToString(),
    };
}
