namespace SchoolImprovement.Domain.Returns;

/// <summary>
/// A document a school returns to the trust each term: its self-evaluation (SEF) and its school
/// improvement plan (SIP). DDAT: "updated termly ... reviewed in partnership with linked SSIOs";
/// Vine §4: "The DOL will also moderate all school improvement plans".
/// </summary>
public enum ReturnDocument
{
    Sef = 1,
    Sip = 2,
}

public enum ReviewOutcome
{
    Reviewed = 1,
    ChangesRequested = 2,
}

public enum ModerationOutcome
{
    Moderated = 1,
    ChangesNeeded = 2,
}

/// <summary>Where a school's return for one document and term stands (<see cref="ReturnSchedule.StateOf"/>).</summary>
public enum ReturnState
{
    NotDue,
    Due,
    Overdue,
    Submitted,
    Reviewed,
    ChangesRequested,
}

public static class ReturnLabels
{
    public static IReadOnlyList<ReturnDocument> Documents { get; } = Enum.GetValues<ReturnDocument>();

    /// <summary>The short name used in tables ("SEF").</summary>
    public static string ShortName(this ReturnDocument document) => document switch
    {
        ReturnDocument.Sef => "SEF",
        ReturnDocument.Sip => "SIP",
        _ => document.ToString(),
    };

    public static string Label(this ReturnDocument document) => document switch
    {
        ReturnDocument.Sef => "Self-evaluation (SEF)",
        ReturnDocument.Sip => "School improvement plan (SIP)",
        _ => document.ToString(),
    };

    public static string Label(this ReturnState state) => state switch
    {
        ReturnState.NotDue => "Not due",
        ReturnState.Due => "Due",
        ReturnState.Overdue => "Overdue",
        ReturnState.Submitted => "Submitted, awaiting review",
        ReturnState.Reviewed => "Reviewed",
        ReturnState.ChangesRequested => "Changes requested",
        _ => state.ToString(),
    };

    public static string Label(this ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Reviewed => "Reviewed",
        ReviewOutcome.ChangesRequested => "Changes requested",
        _ => outcome.ToString(),
    };

    public static string Label(this ModerationOutcome outcome) => outcome switch
    {
        ModerationOutcome.Moderated => "Moderated",
        ModerationOutcome.ChangesNeeded => "Changes needed",
        _ => outcome.ToString(),
    };
}
