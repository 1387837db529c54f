using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>One inspection as pages show it: its graded areas in the framework's order, the SIAMS judgement, notes and a one-line headline.</summary>
public sealed record InspectionRow(
    Guid Id,
    Guid SchoolId,
    InspectionFramework Framework,
    DateOnly InspectedOn,
    IReadOnlyList<(string Area, string Grade)> Areas,
    bool? SafeguardingMet,
    string? SiamsJudgement,
    string Notes,
    string Headline)
{
    /// <summary>"Ofsted report card", "SIAMS"…</summary>
    public string FrameworkName => InspectionText.Name(Framework);

    public static InspectionRow From(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        return new InspectionRow(
            inspection.Id, inspection.SchoolId, inspection.Framework, inspection.InspectedOn,
            [.. InspectionText.Areas(inspection)], inspection.SafeguardingMet, inspection.Siams?.Label(),
            inspection.Notes, InspectionText.Headline(inspection));
    }
}
