namespace SchoolImprovement.Domain.HealthChecks;

/// <summary>Where a health check meeting's record stands.</summary>
public enum HealthCheckStatus
{
    /// <summary>Started: areas are being rated.</summary>
    Draft = 1,

    /// <summary>Every applicable area rated; the next check falls due from its date.</summary>
    Completed = 2,
}

public static class HealthCheckLabels
{
    public static string Label(this HealthCheckStatus status) => status switch
    {
        HealthCheckStatus.Draft => "Draft",
        HealthCheckStatus.Completed => "Completed",
        _ => status.ToString(),
    };
}
