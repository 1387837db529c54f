namespace SchoolImprovement.Domain.Actions;

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
        ActionSource.Visit => "Improvement visit",
        ActionSource.Board => "Board",
        ActionSource.Spotlight => "Spotlight project",
        ActionSource.IntegrationPlan => "Integration plan",
        _ => source.ToString(),
    };
}
