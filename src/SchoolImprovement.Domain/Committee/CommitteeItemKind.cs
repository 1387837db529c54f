namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// An item a pack puts before the Education and Standards Committee, and the record it flows back to.
/// </summary>
public enum CommitteeItemKind
{
    /// <summary>A board's recommendation (<c>BoardRecommendation</c>; DDAT Appendix 1 §2.1 "The RAB will submit recommendations to the Education and Standards Committee, which retains final decision-making authority").</summary>
    Recommendation = 1,

    /// <summary>A board chair's decision between meetings (<c>UrgentDecision</c>; Appendix 1 §2.1 "presented for ratification at the next scheduled committee meeting").</summary>
    UrgentDecision = 2,

    /// <summary>A recommended exit from designation (<c>ConcernCase</c> with exit recommended; DDAT §4 "The CEO will recommend to the Education and Standards Committee the exit of the school").</summary>
    Exit = 3,

    /// <summary>A new designation, for information (<c>ConcernCase</c> designated and not yet reported; DDAT §3 "for the CEO to decide and inform the Education and Standards Committee of this designation").</summary>
    Designation = 4,
}

/// <summary>What the committee decided on an item at its meeting, as the clerk records it.</summary>
public enum CommitteeOutcome
{
    Accepted = 1,
    Rejected = 2,
    Ratified = 3,
    NotRatified = 4,

    /// <summary>Not decided at this meeting, with a reason: the item stays open and comes back in the next pack.</summary>
    Deferred = 5,

    /// <summary>An item for information (a designation) the committee has been told of.</summary>
    Noted = 6,
}

public static class CommitteeOutcomes
{
    /// <summary>The outcomes the clerk may record for an item of this kind.</summary>
    public static IReadOnlyList<CommitteeOutcome> AllowedFor(CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation or CommitteeItemKind.Exit => [CommitteeOutcome.Accepted, CommitteeOutcome.Rejected, CommitteeOutcome.Deferred],
        CommitteeItemKind.UrgentDecision => [CommitteeOutcome.Ratified, CommitteeOutcome.NotRatified, CommitteeOutcome.Deferred],
        CommitteeItemKind.Designation => [CommitteeOutcome.Noted],
        _ => [],
    };

    /// <summary>Whether the item asks the committee to decide (everything but a designation, which is for information).</summary>
    public static bool NeedsDecision(this CommitteeItemKind kind) => kind != CommitteeItemKind.Designation;

    public static string Label(this CommitteeItemKind kind) => kind switch
    {
        CommitteeItemKind.Recommendation => "Board recommendation",
        CommitteeItemKind.UrgentDecision => "Chair's urgent decision for ratification",
        CommitteeItemKind.Exit => "Exit recommended",
        CommitteeItemKind.Designation => "New designation, for information",
        _ => kind.ToString(),
    };

    public static string Label(this CommitteeOutcome outcome) => outcome switch
    {
        CommitteeOutcome.Accepted => "Accepted",
        CommitteeOutcome.Rejected => "Rejected",
        CommitteeOutcome.Ratified => "Ratified",
        CommitteeOutcome.NotRatified => "Not ratified",
        CommitteeOutcome.Deferred => "Deferred",
        CommitteeOutcome.Noted => "Noted",
        _ => outcome.ToString(),
    };
}
