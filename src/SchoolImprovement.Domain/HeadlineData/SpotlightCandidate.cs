namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>
/// A school's results in one measure that make it a Spotlight candidate (DDAT policy §6): the latest
/// result and the previous comparable one, each with its national figure.
/// </summary>
public sealed record SpotlightCandidate(SpotlightResult Previous, SpotlightResult Latest);
