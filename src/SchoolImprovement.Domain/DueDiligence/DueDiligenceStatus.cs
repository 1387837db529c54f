namespace SchoolImprovement.Domain.DueDiligence;

public enum DueDiligenceStatus
{
    InProgress = 1,

    /// <summary>Every area rated and a first category proposed: the school has joined the register.</summary>
    Completed = 2,

    /// <summary>The school did not join (or the assessment was stopped); kept on record.</summary>
    Withdrawn = 3,
}

public static class DueDiligenceStatuses
{
    public static string Label(this DueDiligenceStatus status) => status switch
    {
        DueDiligenceStatus.InProgress => "In progress",
        DueDiligenceStatus.Completed => "Completed",
        DueDiligenceStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
