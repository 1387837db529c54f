namespace SchoolImprovement.Domain.Inspections;

/// <summary>The inspection frameworks the portal records (product.md, "Inspection frameworks").</summary>
public enum InspectionFramework
{
    /// <summary>Ofsted education inspection framework 2019: a grade 1-4 per judgement area.</summary>
    Ofsted2019 = 1,

    /// <summary>Ofsted report cards from November 2025: five-point scale per evaluation area, safeguarding Met / Not met, no overall grade.</summary>
    OfstedReportCard = 2,

    /// <summary>SIAMS (Church of England schools): inspection questions IQ1-IQ7 and one judgement.</summary>
    Siams = 3,
}

/// <summary>Ofsted 2019 grades.</summary>
public enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>Ofsted report card scale (November 2025), best first.</summary>
public enum ReportCardGrade
{
    Exceptional = 1,
    StrongStandard = 2,
    ExpectedStandard = 3,
    NeedsAttention = 4,
    UrgentImprovement = 5,
}

/// <summary>The SIAMS judgement.</summary>
public enum SiamsJudgement
{
    /// <summary>Living up to its foundation as a Church school and enabling pupils and adults to flourish.</summary>
    LivingUpToFoundation = 1,

    /// <summary>Not yet doing so fully.</summary>
    NotYetFully = 2,
}

public static class InspectionAreas
{
    public static readonly IReadOnlyList<string> Ofsted2019 =
    [
        "Quality of education", "Behaviour and attitudes", "Personal development", "Leadership and management",
        "Early years provision", "Sixth-form provision",
    ];

    /// <summary>Early years and sixth form apply only where the school has them.</summary>
    public static readonly IReadOnlyList<string> OptionalOfsted2019 = ["Early years provision", "Sixth-form provision"];

    public static readonly IReadOnlyList<string> ReportCard =
    [
        "Inclusion", "Curriculum and teaching", "Achievement", "Attendance and behaviour",
        "Personal development and well-being", "Leadership and governance", "Early years", "Sixth form",
    ];

    public static readonly IReadOnlyList<string> OptionalReportCard = ["Early years", "Sixth form"];

    public static readonly IReadOnlyList<string> SiamsQuestions = ["IQ1", "IQ2", "IQ3", "IQ4", "IQ5", "IQ6", "IQ7"];

    public static string Label(this OfstedGrade grade) => grade switch
    {
        OfstedGrade.Outstanding => "Outstanding (1)",
        OfstedGrade.Good => "Good (2)",
        OfstedGrade.RequiresImprovement => "Requires improvement (3)",
        _ => "Inadequate (4)",
    };

    public static string Label(this ReportCardGrade grade) => grade switch
    {
        ReportCardGrade.Exceptional => "Exceptional",
        ReportCardGrade.StrongStandard => "Strong standard",
        ReportCardGrade.ExpectedStandard => "Expected standard",
        ReportCardGrade.NeedsAttention => "Needs attention",
        _ => "Urgent improvement",
    };

    public static string Label(this SiamsJudgement judgement) => judgement == SiamsJudgement.LivingUpToFoundation
        ? "Living up to its foundation as a Church school and enabling pupils and adults to flourish"
        : "Not yet doing so fully";
}
