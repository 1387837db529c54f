namespace SchoolImprovement.Domain.Actions;

public enum ActionStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}
