namespace SchoolImprovement.Domain.Concerns;

/// <summary>
/// The grounds on which a school becomes a category of concern: the four bullets of DDAT policy §3
/// ("A school becoming a category of concern is based upon: ...").
/// </summary>
public enum ConcernGround
{
    OverallEffectiveness = 1,
    InsufficientImprovementNotEngaging = 2,
    SafeguardingFailure = 3,
    NewlyJoinedGovernanceOrFinance = 4,
}

public static class ConcernGrounds
{
    public static IReadOnlyList<ConcernGround> All { get; } = Enum.GetValues<ConcernGround>();

    /// <summary>The policy's own wording (DDAT §3).</summary>
    public static string Label(this ConcernGround ground) => ground switch
    {
        ConcernGround.OverallEffectiveness =>
            "The Trust's judgement in relation to the overall effectiveness of the school highlights concerns: the school has struggled to improve its overall effectiveness and to deliver a good standard of education to all pupils.",
        ConcernGround.InsufficientImprovementNotEngaging =>
            "The school is not bringing about sufficient sustained improvement and is not fully engaging with the standard support package offered by the Trust.",
        ConcernGround.SafeguardingFailure =>
            "The Trust has evidence the school has failed to uphold its statutory duty to safeguard its pupils.",
        ConcernGround.NewlyJoinedGovernanceOrFinance =>
            "The school has first joined the trust, or in exceptional circumstances governance is considered at risk of failing in its responsibilities, or there are significant financial concerns.",
        _ => ground.ToString(),
    };

    /// <summary>A few words for lists and history.</summary>
    public static string ShortLabel(this ConcernGround ground) => ground switch
    {
        ConcernGround.OverallEffectiveness => "Overall effectiveness",
        ConcernGround.InsufficientImprovementNotEngaging => "Insufficient sustained improvement, not engaging with support",
        ConcernGround.SafeguardingFailure => "Failure of the statutory duty to safeguard",
        ConcernGround.NewlyJoinedGovernanceOrFinance => "Newly joined, governance at risk or significant financial concerns",
        _ => ground.ToString(),
    };
}
