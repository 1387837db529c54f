namespace SchoolImprovement.Domain.Committee;

/// <summary>The sections of an Education and Standards Committee pack, in the order the pack shows them (issue 12).</summary>
public enum PackSectionKind
{
    /// <summary>Schools by category and movement since the last pack.</summary>
    TrustSummary = 1,

    /// <summary>Schools causing concern and new designations, for information (DDAT §3).</summary>
    SchoolsCausingConcern = 2,

    /// <summary>RAB and ILTC boards with their meeting summaries and key findings (Appendix 1 §2.2).</summary>
    Boards = 3,

    /// <summary>Boards' recommendations awaiting the committee's decision (Appendix 1 §2.1).</summary>
    Recommendations = 4,

    /// <summary>Chairs' urgent decisions awaiting ratification (Appendix 1 §2.1).</summary>
    UrgentDecisions = 5,

    /// <summary>Exits from designation recommended by the CEO (DDAT §4).</summary>
    Exits = 6,

    /// <summary>Pupil headline data against national and the trust's targets, with charts (DDAT §2 "reported to Trustees").</summary>
    HeadlineData = 7,

    /// <summary>Spotlight schools (DDAT §6).</summary>
    Spotlight = 8,

    /// <summary>Health checks done and overdue (DDAT §2).</summary>
    HealthChecks = 9,

    /// <summary>Termly SEF and SIP returns (DDAT §2).</summary>
    Returns = 10,

    /// <summary>SIL and SLE allocation used against allocated (Vine §4).</summary>
    Allocations = 11,

    /// <summary>Boards' terms of reference due for their annual review ("must be reviewed by the Trust Board annually").</summary>
    TermsOfReferenceReviews = 12,
}

public static class PackSectionKinds
{
    public static string Title(this PackSectionKind kind) => kind switch
    {
        PackSectionKind.TrustSummary => "Trust summary",
        PackSectionKind.SchoolsCausingConcern => "Schools causing concern",
        PackSectionKind.Boards => "Boards",
        PackSectionKind.Recommendations => "Recommendations awaiting the committee's decision",
        PackSectionKind.UrgentDecisions => "Urgent decisions awaiting ratification",
        PackSectionKind.Exits => "Exits recommended",
        PackSectionKind.HeadlineData => "Pupil headline data",
        PackSectionKind.Spotlight => "Spotlight schools",
        PackSectionKind.HealthChecks => "Health checks",
        PackSectionKind.Returns => "SEF and SIP returns",
        PackSectionKind.Allocations => "Allocation utilisation",
        PackSectionKind.TermsOfReferenceReviews => "Terms of reference reviews due",
        _ => kind.ToString(),
    };
}
