namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// Placeholder for the shared model's <c>ModerationOutcome</c> (owned by returns-core, ISSUE9 brief) until its
/// branch is merged: the same name and values, deleted at that merge.
/// </summary>
public enum ModerationOutcome
{
    Moderated = 1,
    ChangesNeeded = 2,
}
