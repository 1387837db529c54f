namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Rules of interim boards (DDAT Appendix 1 and 2): quorum of three members, established for
/// two terms in the first instance, extended one term at a time.
/// </summary>
public sealed record BoardRules(int Quorum, int FirstPeriodTerms, int ExtensionTerms);
