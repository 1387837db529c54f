namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// The cycles a trust's policy sets; null where its policy sets none. DDAT: health check at least every
/// 12 months (§2), Spotlight visits every half term (§6), Education and Standards Committee three times
/// a year (§2), terms of reference reviewed annually (Appendix 1 and 2). Vine: development review and
/// SIAMS preparation every three years (§4). Both: SEF and SIP updated each term.
/// </summary>
public sealed record Cycles(
    int? HealthCheckMonths,
    int? DevelopmentReviewMonths,
    int? SiamsPreparationMonths,
    int? SefSipUpdatesPerTerm,
    int? SpotlightVisitsPerHalfTerm,
    int? CommitteeMeetingsPerYear,
    int? TermsOfReferenceReviewMonths)
{
    /// <summary>
    /// The headteacher's appraisal (performance management): DDAT §2 "Headteacher appraisal is supported by the SIT members";
    /// Vine §4 "one day of support from a SIL for the HT performance management process" each academic year. Null: not tracked.
    /// </summary>
    public int? HeadteacherAppraisalMonths { get; init; }
}
