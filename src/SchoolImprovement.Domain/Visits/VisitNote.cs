namespace SchoolImprovement.Domain.Visits;

/// <summary>What the officer writes about a visit, as a draft is saved or edited (<see cref="ImprovementVisit.Draft"/>).</summary>
/// <param name="Days">The time the visit took, in half-day steps; null when not recorded.</param>
public sealed record VisitNote(
    DateOnly VisitedOn,
    VisitMode Mode,
    string? Purpose,
    IReadOnlyList<string> FocusAreas,
    string? Notes,
    string? Strengths,
    decimal? Days,
    IReadOnlyList<VisitAgreedAction> AgreedActions);
