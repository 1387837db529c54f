namespace SchoolImprovement.Domain.Actions;

/// <summary>Where an action came from. One tracker serves every capability.</summary>
public enum ActionSource
{
    Categorisation = 1,
    HealthCheck = 2,
    Visit = 3,
    Board = 4,
    Spotlight = 5,

    /// <summary>Agreed at the integration meeting after due diligence (Vine §5).</summary>
    IntegrationPlan = 6,
    Other = 9,
}
