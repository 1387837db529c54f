namespace SchoolImprovement.Domain.Spotlight;

/// <summary>How a Spotlight project came to be opened (DDAT policy §6).</summary>
public enum SpotlightOrigin
{
    /// <summary>From the data dashboard's Spotlight candidates (a drop in attainment and outcomes below national).</summary>
    Candidate = 1,

    /// <summary>Opened by hand by the improvement team, with a reason.</summary>
    ByHand = 2,
}
