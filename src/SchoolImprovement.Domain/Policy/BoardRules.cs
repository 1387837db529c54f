namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// Rules for the trust's boards. DDAT Appendix 1 and 2: "Quorum: Three members"; "established for two
/// terms in the first instance, with an option to extend on a termly basis". A value the trust's policy
/// does not set (Vine's policy sets none) is null: whoever forms a board then sets it for that board.
/// </summary>
public sealed record BoardRules(int? Quorum, int? FirstPeriodTerms, int? ExtensionTerms)
{
    public static BoardRules NotSet { get; } = new(null, null, null);
}
