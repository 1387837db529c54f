using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Bench.Seeding;

/// <summary>
/// What a school of a grown trust carries for the main pages to show: two confirmed categories
/// (one about fourteen months ago, one this term for half the schools), the action plan of the
/// latest (some overdue), a proposal awaiting confirmation on every third school, an Ofsted
/// inspection each and a SIAMS inspection on every fourth.
/// </summary>
public static class BenchSchoolHistory
{
    public static SchoolDetails Details(int urn, string name, int i) =>
        new(urn, name, i % 3 == 0 ? "Secondary" : "Primary", "Academy converter", i % 2 == 0 ? "Derbyshire" : "Nottinghamshire", null, null, 200 + i, new DateOnly(2018, 9, 1));

    public static IEnumerable<object> For(IReadOnlyList<School> schools, PolicyContent policy, Guid officer, Guid director, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(policy);
        var scheme = policy.Categories;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i];
            var first = scheme[i % scheme.Count];
            var earlier = Confirmed(school.Id, first.Name, scheme, officer, director, now.AddMonths(-14));
            yield return earlier;
            var latest = earlier;
            var latestCategory = first;
            if (i % 2 == 0)
            {
                latestCategory = scheme[(i + 1) % scheme.Count];
                latest = Confirmed(school.Id, latestCategory.Name, scheme, officer, director, now.AddDays(-20));
                yield return latest;
            }

            var decided = latest.DecidedAt!.Value;
            foreach (var action in ActionPlan.FromStandardResponses(latest, latestCategory, DateOnly.FromDateTime(decided.UtcDateTime), decided))
            {
                yield return action;
            }

            if (i % 3 == 0)
            {
                yield return SchoolCategorisation.Propose(school.Id, scheme[(i + 2) % scheme.Count].Name, "Bench: proposal awaiting confirmation.", Evidence(scheme[(i + 2) % scheme.Count].Name), scheme, officer, now.AddDays(-2));
            }

            yield return Inspection.Ofsted2019(school.Id, new DateOnly(2023, 1, 10).AddDays(i % 300),
                InspectionAreas.Ofsted2019.Except(InspectionAreas.OptionalOfsted2019).ToDictionary(a => a, _ => OfstedGrade.Good), today, "Bench inspection.");
            if (i % 4 == 0)
            {
                yield return Inspection.SiamsInspection(school.Id, new DateOnly(2024, 2, 6), SiamsJudgement.LivingUpToFoundation, "Bench SIAMS.", today);
            }
        }
    }

    private static SchoolCategorisation Confirmed(Guid school, string category, IReadOnlyList<CategoryDefinition> scheme, Guid officer, Guid director, DateTimeOffset decided)
    {
        var confirmed = SchoolCategorisation.Propose(school, category, $"Bench: the evidence points to {category}.", Evidence(category), scheme, officer, decided.AddDays(-7));
        confirmed.Confirm(director, decided);
        return confirmed;
    }

    private static List<EvidenceJudgement> Evidence(string category) =>
        [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, category, "Bench evidence."))];
}
