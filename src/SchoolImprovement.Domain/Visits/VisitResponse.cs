namespace SchoolImprovement.Domain.Visits;

/// <summary>The headteacher's answer to a published visit note: confirmed as accurate, or disputed with a comment.</summary>
public enum VisitResponse
{
    Confirmed = 1,
    Disputed = 2,
}

public static class VisitResponseLabels
{
    public static string Label(this VisitResponse? response) => response switch
    {
        VisitResponse.Confirmed => "Confirmed as accurate",
        VisitResponse.Disputed => "Disputed",
        _ => "Awaiting the headteacher",
    };

    public static string BadgeClass(this VisitResponse? response) => response switch
    {
        VisitResponse.Confirmed => "text-bg-success",
        VisitResponse.Disputed => "text-bg-danger",
        _ => "text-bg-warning",
    };
}
