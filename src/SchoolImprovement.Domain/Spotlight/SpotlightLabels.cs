namespace SchoolImprovement.Domain.Spotlight;

public static class SpotlightLabels
{
    public static string Label(this SpotlightOrigin origin) => origin switch
    {
        SpotlightOrigin.Candidate => "Spotlight candidate",
        SpotlightOrigin.ByHand => "Opened by hand",
        _ => origin.ToString(),
    };

    public static string Label(this SpotlightStatus status) => status switch
    {
        SpotlightStatus.Open => "Open",
        SpotlightStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
