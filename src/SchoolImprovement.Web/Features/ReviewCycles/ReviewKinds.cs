using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>
/// Which review cycles a trust's profile tracks: development reviews (DevelopmentReviews), SIAMS preparation visits
/// (SiamsPreparation, for church schools only), headteacher appraisals (wherever the profile sets their interval) and one
/// terms of reference review per board kind the profile lists (Boards). A cycle the profile does not track has no due item
/// and no page (404).
/// </summary>
public static class ReviewKinds
{
    /// <summary>The school cycles the profile tracks, for a school that is (or is not) a church school.</summary>
    public static IReadOnlyList<DueKind> ForSchool(PolicyContent policy, bool churchSchool)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var cycles = policy.Cycles;
        List<DueKind> kinds = [];
        if (policy.Uses(PolicyCapability.DevelopmentReviews) && cycles.DevelopmentReviewMonths is > 0)
        {
            kinds.Add(DueKind.DevelopmentReview);
        }

        if (churchSchool && policy.Uses(PolicyCapability.SiamsPreparation) && cycles.SiamsPreparationMonths is > 0)
        {
            kinds.Add(DueKind.SiamsPreparation);
        }

        if (cycles.HeadteacherAppraisalMonths is > 0)
        {
            kinds.Add(DueKind.HeadteacherAppraisal);
        }

        return kinds;
    }

    /// <summary>The board kinds whose terms of reference the profile has reviewed yearly; none when Boards is off.</summary>
    public static IReadOnlyList<BoardKind> TermsOfReference(PolicyContent policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Uses(PolicyCapability.Boards) && policy.Cycles.TermsOfReferenceReviewMonths is > 0 ? policy.BoardKinds : [];
    }

    /// <summary>A church school: its religious character is recorded (the register keeps none for "Does not apply").</summary>
    public static bool IsChurchSchool(string? churchDesignation) => !string.IsNullOrWhiteSpace(churchDesignation);
}
