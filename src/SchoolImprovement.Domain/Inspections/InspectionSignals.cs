namespace SchoolImprovement.Domain.Inspections;

/// <summary>
/// What inspection evidence suggests (never decides) about a school's category. product.md:
/// "Signals a trust reads as Risk: Urgent improvement in any area, safeguarding Not met, a
/// termination warning notice. As Support: Needs attention, or a 'stuck' school." Under the 2019
/// framework an Inadequate judgement reads as Risk and Requires improvement as Support.
/// </summary>
public static class InspectionSignals
{
    public const string Risk = "Risk";
    public const string Support = "Support";

    public sealed record Suggestion(string Category, IReadOnlyList<string> Reasons);

    /// <summary>The suggestion from the latest Ofsted inspection of either framework, or null when it signals nothing.</summary>
    public static Suggestion? Suggest(Inspection? latestOfsted)
    {
        if (latestOfsted is null)
        {
            return null;
        }

        var risk = new List<string>();
        var support = new List<string>();
        var on = latestOfsted.InspectedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (latestOfsted.Framework == InspectionFramework.OfstedReportCard)
        {
            risk.AddRange(latestOfsted.Grades.Where(g => g.Value == (int)ReportCardGrade.UrgentImprovement).Select(g => $"{g.Key}: Urgent improvement ({on})"));
            if (latestOfsted.SafeguardingMet == false)
            {
                risk.Add($"Safeguarding: Not met ({on})");
            }

            support.AddRange(latestOfsted.Grades.Where(g => g.Value == (int)ReportCardGrade.NeedsAttention).Select(g => $"{g.Key}: Needs attention ({on})"));
        }
        else if (latestOfsted.Framework == InspectionFramework.Ofsted2019)
        {
            risk.AddRange(latestOfsted.Grades.Where(g => g.Value == (int)OfstedGrade.Inadequate).Select(g => $"{g.Key}: Inadequate ({on})"));
            support.AddRange(latestOfsted.Grades.Where(g => g.Value == (int)OfstedGrade.RequiresImprovement).Select(g => $"{g.Key}: Requires improvement ({on})"));
        }

        return risk.Count > 0 ? new Suggestion(Risk, risk)
            : support.Count > 0 ? new Suggestion(Support, support)
            : null;
    }
}
