namespace SchoolImprovement.Domain.Categorisation;

public enum CategorisationStatus
{
    /// <summary>Proposed by the linked officer, awaiting the Director of Learning.</summary>
    Proposed = 1,

    /// <summary>Sent back by the Director of Learning with a reason; the officer proposes again.</summary>
    Returned = 2,

    /// <summary>Confirmed: the school's category from this date until the next confirmation.</summary>
    Confirmed = 3,
}
