namespace SchoolImprovement.Domain.Spotlight;

/// <summary>Where a Spotlight project stands: open for focused visits, or closed with an outcome.</summary>
public enum SpotlightStatus
{
    Open = 1,
    Closed = 2,
}
