namespace SchoolImprovement.Domain.Boards;

/// <summary>A board sits until it is ended: by exit of the school, or (ILTC) when a local committee is in place.</summary>
public enum BoardStatus
{
    Active = 1,
    Ended = 2,
}
