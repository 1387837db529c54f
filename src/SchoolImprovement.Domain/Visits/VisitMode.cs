namespace SchoolImprovement.Domain.Visits;

/// <summary>
/// How a visit or a logged day was held: Vine §4 "a mixture of in person and online meetings to make the most
/// efficient use of time".
/// </summary>
public enum VisitMode
{
    InPerson = 1,
    Online = 2,
}

public static class VisitModeLabels
{
    public static string Label(this VisitMode mode) => mode switch
    {
        VisitMode.InPerson => "In person",
        VisitMode.Online => "Online",
        _ => mode.ToString(),
    };
}
