namespace SchoolImprovement.Domain.Actions;

/// <summary>Where an action came from. One tracker serves every capability.</summary>
public enum ActionSource
{
    Categorisation = 1,
    HealthCheck = 2,
    Visit = 3,
    Board = 4,
    Other = 9,
}

public enum ActionStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

public static class ActionLabels
{
    public static string Label(this ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Label(this ActionSource source) => source switch
    {
        ActionSource.HealthCheck => "Health check",
        _ => source.ToString(),
    };
}
