using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo history for some of a demo trust's schools, so the dashboard and profiles have something to
/// show: inspections, confirmed categories (some last academic year), their action plans with a few
/// actions already overdue (the standard responses that are workflows excepted), and one proposal awaiting confirmation. The first four schools are left
/// untouched for people (and tests) to categorise themselves.
/// </summary>
internal static class DemoSchoolPositions
{
    public static IEnumerable<object> For(IReadOnlyList<School> schools, PolicyContent policy, Guid officer, Guid director, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scheme = policy.Categories;
        var rows = new List<object>();
        var plan = new (string Category, int MonthsAgo, bool Awaiting)[] { ("Secure", 2, false), ("Developing", 14, false), ("Support", 3, true), ("Developing", 1, false), ("Risk", 4, false) };
        foreach (var (school, (category, monthsAgo, awaiting)) in schools.Skip(4).Zip(plan))
        {
            var decided = now.AddMonths(-monthsAgo);
            var confirmed = SchoolCategorisation.Propose(school.Id, category, $"Demo: the evidence points to {category}.", Evidence(category), scheme, officer, decided.AddDays(-7));
            confirmed.Confirm(director, decided);
            rows.Add(confirmed);
            var definition = scheme.First(c => c.Name == category);
            var decidedOn = DateOnly.FromDateTime(decided.UtcDateTime);
            // Responses the portal carries out as workflows (DDAT's concern recommendation, boards, Spotlight) are
            // seeded as those workflows' records (DemoInterventions, DemoSpotlight), not as policy sentences in the tracker.
            rows.AddRange(ActionPlan.FromStandardResponses(confirmed, definition, decidedOn, decided)
                .Where(a => !PolicyTemplates.DdatWorkflowResponses.Contains(a.Title)));
            if (awaiting)
            {
                rows.Add(SchoolCategorisation.Propose(school.Id, "Developing", "Demo: leaders have secured improvement since the last review.", Evidence("Developing"), scheme, officer, now.AddDays(-2)));
            }
        }

        if (schools.Count > 6)
        {
            rows.Add(Inspection.ReportCard(schools[^1].Id, new DateOnly(2026, 3, 12),
                InspectionAreas.ReportCard.Except(InspectionAreas.OptionalReportCard).ToDictionary(a => a, a => a == "Achievement" ? ReportCardGrade.NeedsAttention : ReportCardGrade.ExpectedStandard),
                safeguardingMet: true, today, "Demo report card."));
            rows.Add(Inspection.Ofsted2019(schools[^2].Id, new DateOnly(2023, 6, 20),
                InspectionAreas.Ofsted2019.Except(InspectionAreas.OptionalOfsted2019).ToDictionary(a => a, _ => OfstedGrade.Good), today, "Demo inspection."));
            rows.Add(Inspection.SiamsInspection(schools[^3].Id, new DateOnly(2024, 2, 6), SiamsJudgement.LivingUpToFoundation, "IQ1: vision well embedded.", today));
        }

        return rows;
    }

    private static List<EvidenceJudgement> Evidence(string category) =>
        [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category, $"Demo evidence on {s.Label().ToLowerInvariant()}."))];
}
