using SchoolImprovement.Domain.Calendar;

namespace SchoolImprovement.Domain.Cycles;

/// <summary>
/// When a review cycle next falls due. Development reviews, SIAMS preparation visits and terms of reference reviews fall
/// due the profile's interval in months after the latest occurrence (with none recorded, after the date counted from: the
/// school's DateJoined, or for terms of reference the trust's start on the portal).
/// </summary>
/// <remarks>
/// The headteacher's appraisal follows the academic calendar: headteachers' objectives are reviewed and set in the autumn
/// term, so an appraisal held at any time in an academic year makes the next one due by the end of the autumn term (31
/// December) of the academic year that starts the interval (12 months: the next year) after that year's start. Held on 31
/// August 2026 (2025/26) → due 31 December 2026; held on 1 September 2026 (2026/27) → due 31 December 2027. With none
/// recorded, the same rule counts from the day the school joined.
/// </remarks>
public static class ReviewCycle
{
    /// <summary>The profile's interval for a kind; null when the profile sets none (the cycle is not tracked).</summary>
    public static int? MonthsFor(DueKind kind, Policy.Cycles cycles)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return kind switch
        {
            DueKind.DevelopmentReview => cycles.DevelopmentReviewMonths,
            DueKind.SiamsPreparation => cycles.SiamsPreparationMonths,
            DueKind.HeadteacherAppraisal => cycles.HeadteacherAppraisalMonths,
            DueKind.TermsOfReferenceReview => cycles.TermsOfReferenceReviewMonths,
            DueKind.HealthCheck => cycles.HealthCheckMonths,
            _ => null,
        };
    }

    /// <summary>
    /// The next due date of <paramref name="kind"/>: from <paramref name="lastHeldOn"/> when one is recorded, else from
    /// <paramref name="countFrom"/>; null when the profile sets no interval for it.
    /// </summary>
    public static DateOnly? NextDue(DueKind kind, Policy.Cycles cycles, DateOnly? lastHeldOn, DateOnly countFrom)
    {
        if (MonthsFor(kind, cycles) is not { } months || months <= 0)
        {
            return null;
        }

        var from = lastHeldOn ?? countFrom;
        return kind == DueKind.HeadteacherAppraisal ? AppraisalDue(from, months) : from.AddMonths(months);
    }

    /// <summary>The end of the autumn term of the academic year starting <paramref name="months"/> after the start of the year <paramref name="heldOn"/> falls in.</summary>
    public static DateOnly AppraisalDue(DateOnly heldOn, int months)
    {
        var next = AcademicYear.Containing(AcademicYear.Containing(heldOn).FirstDay.AddMonths(months));
        return new AcademicTerm(next, Term.Autumn).LastDay;
    }
}
