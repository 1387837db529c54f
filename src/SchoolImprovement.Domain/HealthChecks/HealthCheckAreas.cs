using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Domain.HealthChecks;

/// <summary>
/// The areas a health check meeting covers (DDAT §2: "all Ofsted categories as well as health and safety, internal
/// audit, and other financial/non-financial controls"): every area of the Ofsted framework the school was last
/// inspected under, then the trust's three. Early years and sixth form apply only where the school has them.
/// </summary>
public static class HealthCheckAreas
{
    public const string HealthAndSafety = "Health and safety";
    public const string InternalAudit = "Internal audit";
    public const string FinancialControls = "Financial and non-financial controls";

    /// <summary>The trust's own areas, after the Ofsted ones.</summary>
    public static readonly IReadOnlyList<string> TrustAreas = [HealthAndSafety, InternalAudit, FinancialControls];

    /// <summary>The framework of the school's latest Ofsted inspection (either Ofsted framework); Ofsted 2019 when it has none.</summary>
    public static InspectionFramework FrameworkFor(InspectionFramework? latestOfsted) =>
        latestOfsted == InspectionFramework.OfstedReportCard ? InspectionFramework.OfstedReportCard : InspectionFramework.Ofsted2019;

    /// <summary>Every area of a health check under <paramref name="framework"/>, in order.</summary>
    public static IReadOnlyList<string> For(InspectionFramework framework) => [.. OfstedAreas(framework), .. TrustAreas];

    /// <summary>The early years area of the framework.</summary>
    public static string EarlyYears(InspectionFramework framework) => OptionalAreas(framework)[0];

    /// <summary>The sixth form area of the framework.</summary>
    public static string SixthForm(InspectionFramework framework) => OptionalAreas(framework)[1];

    /// <summary>The areas that may be marked not applicable (early years, sixth form).</summary>
    public static IReadOnlyList<string> OptionalAreas(InspectionFramework framework) => framework switch
    {
        InspectionFramework.Ofsted2019 => InspectionAreas.OptionalOfsted2019,
        InspectionFramework.OfstedReportCard => InspectionAreas.OptionalReportCard,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "A health check follows an Ofsted framework."),
    };

    private static IReadOnlyList<string> OfstedAreas(InspectionFramework framework) => framework switch
    {
        InspectionFramework.Ofsted2019 => InspectionAreas.Ofsted2019,
        InspectionFramework.OfstedReportCard => InspectionAreas.ReportCard,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "A health check follows an Ofsted framework."),
    };
}
