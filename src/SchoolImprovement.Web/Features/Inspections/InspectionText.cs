using SchoolImprovement.Domain.Inspections;

namespace SchoolImprovement.Web.Features.Inspections;

/// <summary>How inspections read on the page: framework names, grade labels, one-line headlines and the suggestion.</summary>
public static class InspectionText
{
    public static string Name(InspectionFramework framework) => framework switch
    {
        InspectionFramework.Ofsted2019 => "Ofsted (2019 framework)",
        InspectionFramework.OfstedReportCard => "Ofsted report card",
        _ => "SIAMS",
    };

    public static string Grade(InspectionFramework framework, int grade) => framework == InspectionFramework.OfstedReportCard
        ? ((ReportCardGrade)grade).Label()
        : ((OfstedGrade)grade).Label();

    public static string Safeguarding(bool met) => met ? "Met" : "Not met";

    /// <summary>The inspection's graded areas in the framework's order.</summary>
    public static IEnumerable<(string Area, string Grade)> Areas(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var order = InspectionForm.AreasOf(inspection.Framework);
        return inspection.Grades
            .OrderBy(g => order.Contains(g.Key) ? order.ToList().IndexOf(g.Key) : int.MaxValue)
            .Select(g => (g.Key, Grade(inspection.Framework, g.Value)));
    }

    /// <summary>One line: the count of areas at each grade, best first (and safeguarding), or the SIAMS judgement.</summary>
    public static string Headline(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (inspection.Framework == InspectionFramework.Siams)
        {
            return inspection.Siams?.Label() ?? "No judgement recorded";
        }

        var grades = string.Join(", ", inspection.Grades.Values.GroupBy(g => g).OrderBy(g => g.Key)
            .Select(g => $"{Grade(inspection.Framework, g.Key)} in {g.Count()} {(g.Count() == 1 ? "area" : "areas")}"));
        return inspection.SafeguardingMet is { } met ? $"Safeguarding {Safeguarding(met).ToLowerInvariant()}; {grades}" : grades;
    }

    /// <summary>"Suggests Risk because …": the reasons joined for reading.</summary>
    public static string Because(InspectionSignals.Suggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return string.Join("; ", suggestion.Reasons);
    }
}
