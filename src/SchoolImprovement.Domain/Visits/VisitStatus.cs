namespace SchoolImprovement.Domain.Visits;

/// <summary>A visit note is a draft (its officer and the Director of Learning see it) until it is published to the school.</summary>
public enum VisitStatus
{
    Draft = 1,
    Published = 2,
}

public static class VisitStatusLabels
{
    public static string Label(this VisitStatus status) => status switch
    {
        VisitStatus.Draft => "Draft",
        VisitStatus.Published => "Published",
        _ => status.ToString(),
    };
}
