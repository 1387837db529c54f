namespace SchoolImprovement.Domain.Concerns;

/// <summary>Where a concern case stands: recommended to the CEO, then declined or designated; a designation ends with the committee's exit decision.</summary>
public enum ConcernStatus
{
    Recommended = 1,
    Declined = 2,
    Designated = 3,
    ExitRecommended = 4,
    Exited = 5,
}

public static class ConcernStatuses
{
    /// <summary>The statuses of an open case: a school has at most one (recommended, designated or exit recommended).</summary>
    public static IReadOnlyList<ConcernStatus> Open { get; } = [ConcernStatus.Recommended, ConcernStatus.Designated, ConcernStatus.ExitRecommended];

    public static bool IsOpen(this ConcernStatus status) => status is ConcernStatus.Recommended or ConcernStatus.Designated or ConcernStatus.ExitRecommended;

    public static string Label(this ConcernStatus status) => status switch
    {
        ConcernStatus.Recommended => "Recommended to the CEO",
        ConcernStatus.Declined => "Declined",
        ConcernStatus.Designated => "Causing concern",
        ConcernStatus.ExitRecommended => "Exit recommended to the committee",
        ConcernStatus.Exited => "Exited",
        _ => status.ToString(),
    };
}
