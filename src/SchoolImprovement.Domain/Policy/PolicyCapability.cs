namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// The parts of the portal a trust's policy may or may not use. A capability the trust's policy does
/// not use is switched off in its profile: its pages answer 404 and its menu entries are hidden, until
/// the trust administrator switches it on and sets its numbers.
/// </summary>
public enum PolicyCapability
{
    /// <summary>Schools causing concern: recommendation, designation, external support, exit (DDAT §3; Vine §3 Risk and §4 DL).</summary>
    ConcernDesignation = 1,

    /// <summary>Boards formed for a school causing concern: RAB and ILTC (DDAT §4, §5), trust improvement board (Vine §3).</summary>
    Boards = 2,

    /// <summary>Spotlight projects with half-termly focused visits (DDAT §6).</summary>
    SpotlightProjects = 3,

    /// <summary>School health check meetings at least every 12 months (DDAT §2).</summary>
    HealthChecks = 4,

    /// <summary>SIL and SLE day allocations (Vine §4 "How schools will be supported").</summary>
    DayAllocations = 5,

    /// <summary>A development review every three years (Vine §4).</summary>
    DevelopmentReviews = 6,

    /// <summary>A SIAMS preparation visit every three years (Vine §4).</summary>
    SiamsPreparation = 7,

    /// <summary>The Director of Learning moderates school websites (Vine §4).</summary>
    WebsiteChecks = 8,

    /// <summary>Due diligence for a joining school (Vine §5, Appendix A).</summary>
    DueDiligence = 9,

    /// <summary>Education and Standards Committee meetings and packs, three times a year (DDAT §2).</summary>
    CommitteePacks = 10,
}

public static class PolicyCapabilities
{
    public static IReadOnlyList<PolicyCapability> All { get; } = Enum.GetValues<PolicyCapability>();

    public static string Label(this PolicyCapability capability) => capability switch
    {
        PolicyCapability.ConcernDesignation => "Schools causing concern",
        PolicyCapability.Boards => "Boards for schools causing concern",
        PolicyCapability.SpotlightProjects => "Spotlight projects",
        PolicyCapability.HealthChecks => "School health checks",
        PolicyCapability.DayAllocations => "Improvement lead and SLE day allocations",
        PolicyCapability.DevelopmentReviews => "Development reviews",
        PolicyCapability.SiamsPreparation => "SIAMS preparation visits",
        PolicyCapability.WebsiteChecks => "School website moderation",
        PolicyCapability.DueDiligence => "Due diligence for joining schools",
        PolicyCapability.CommitteePacks => "Committee meetings and packs",
        _ => capability.ToString(),
    };
}
