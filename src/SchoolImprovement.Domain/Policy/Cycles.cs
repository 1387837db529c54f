namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Cycles of the two policies: health check at least every 12 months (DDAT §2); development
/// review and SIAMS preparation every 36 months (Vine §4); SEF and SIP each term; Spotlight
/// visits each half term (DDAT §6); committee meetings three times a year; terms of reference
/// reviewed yearly.
/// </summary>
public sealed record Cycles(
    int HealthCheckMonths,
    int DevelopmentReviewMonths,
    int SiamsPreparationMonths,
    int SefSipUpdatesPerTerm,
    int SpotlightVisitsPerHalfTerm,
    int CommitteeMeetingsPerYear,
    int TermsOfReferenceReviewMonths);
