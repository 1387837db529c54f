namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>Where a value stands against a reference figure (national or the school's target), whatever the measure's direction.</summary>
public enum Comparison
{
    Below = 1,
    BroadlyInLine = 2,
    Above = 3,
}
