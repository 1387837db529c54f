namespace SchoolImprovement.Domain.Policy;

/// <summary>Words the trust uses for its people and bodies (product.md, "policy profile").</summary>
public sealed record PolicyLabels(string OfficerTitle, string LocalCommitteeName, string CommitteeName);

/// <summary>
/// Who recommends and who decides a school-causing-concern designation. DDAT policy §3:
/// "the Deputy CEO will recommend to the CEO a school causing concern, for the CEO to decide".
/// </summary>
public sealed record ConcernWorkflow(string RecommendingRole, string DecidingRole);

/// <summary>
/// Rules of interim boards (DDAT Appendix 1 and 2): quorum of three members, established for
/// two terms in the first instance, extended one term at a time.
/// </summary>
public sealed record BoardRules(int Quorum, int FirstPeriodTerms, int ExtensionTerms);

/// <summary>
/// Support allocations (Vine policy §4): SIL 7.5 days a year plus one day for the
/// headteacher's performance management; SLE up to 9 days; more SLE days for greatest need.
/// </summary>
public sealed record Allocations(decimal OfficerDaysPerYear, decimal PerformanceManagementDays, decimal SleDaysPerYear, bool AdditionalSleDaysForGreatestNeed);

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
