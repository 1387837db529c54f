namespace SchoolImprovement.Domain.Cycles;

/// <summary>
/// What falls due on the trust's due list, calendar, iCalendar feed and reminders. Each kind comes from a rule of
/// the trust's policy profile; a kind whose capability is switched off never appears.
/// </summary>
public enum DueKind
{
    /// <summary>A school health check meeting, at least every 12 months (DDAT §2), sooner where the category calls for it.</summary>
    HealthCheck = 1,

    /// <summary>A development review every three years (Vine §4).</summary>
    DevelopmentReview = 2,

    /// <summary>A SIAMS preparation visit every three years, church schools only (Vine §4).</summary>
    SiamsPreparation = 3,

    /// <summary>A board kind's terms of reference reviewed yearly (DDAT Appendix 1 and 2).</summary>
    TermsOfReferenceReview = 4,

    /// <summary>The headteacher's appraisal, yearly (DDAT §2; Vine §4).</summary>
    HeadteacherAppraisal = 5,

    /// <summary>A headteacher confirms or disputes a published visit note.</summary>
    VisitResponse = 6,
}

public static class DueKindLabels
{
    public static string Label(this DueKind kind) => kind switch
    {
        DueKind.HealthCheck => "Health check",
        DueKind.DevelopmentReview => "Development review",
        DueKind.SiamsPreparation => "SIAMS preparation visit",
        DueKind.TermsOfReferenceReview => "Terms of reference review",
        DueKind.HeadteacherAppraisal => "Headteacher appraisal",
        DueKind.VisitResponse => "Visit note to confirm or dispute",
        _ => kind.ToString(),
    };
}
