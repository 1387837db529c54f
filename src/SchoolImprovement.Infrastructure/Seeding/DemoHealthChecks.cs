using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.HealthChecks;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo health check meetings (DDAT §2) for a trust whose policy uses them (the DDAT demo trust): one completed check for
/// each of <see cref="FirstUrn"/>–<see cref="LastUrn"/> within the last year, except <see cref="OverdueUrn"/>, whose last
/// check was 14 months ago and so is overdue. Every applicable area is rated; one area of each check is Amber with an
/// agreed action in the tracker, and the first school's Red area also has the headteacher's evidence of impact.
/// URNs 190001 and 190010 are left alone (tests use them). Adds only; the caller saves.
/// </summary>
public static class DemoHealthChecks
{
    public const int FirstUrn = 190002;
    public const int LastUrn = 190009;

    /// <summary>The school whose last health check was 14 months ago.</summary>
    public const int OverdueUrn = 190009;

    public static void AddFor(PortalDbContext db, PolicyContent policy, IReadOnlyList<School> schools, Guid officer, Guid headteacher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        if (!policy.Uses(PolicyCapability.HealthChecks))
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The areas follow each school's latest Ofsted inspection among the demo's (added, not yet saved).
        var latest = db.ChangeTracker.Entries<Inspection>().Select(e => e.Entity)
            .Where(i => i.Framework != InspectionFramework.Siams)
            .GroupBy(i => i.SchoolId)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.InspectedOn)!.Framework);
        foreach (var school in schools.Where(s => s.Urn is >= FirstUrn and <= LastUrn).OrderBy(s => s.Urn))
        {
            var index = school.Urn - FirstUrn;
            var heldOn = school.Urn == OverdueUrn ? today.AddMonths(-14) : today.AddMonths(-(index + 1)).AddDays(-3);
            var primary = school.Phase.Contains("Primary", StringComparison.OrdinalIgnoreCase);
            var check = HealthCheck.Start(school.Id, HealthCheckAreas.FrameworkFor(latest.GetValueOrDefault(school.Id)), heldOn, hasEarlyYears: primary, hasSixthForm: !primary, officer, today, now);
            foreach (var area in check.Areas.Where(a => !a.NotApplicable))
            {
                var (rag, findings) = Finding(area.Name, index);
                var action = rag == Rag.Green
                    ? null
                    : check.Rate(area.Id, rag, findings, ActionFor(area.Name), today.AddMonths(rag == Rag.Red ? 2 : 4), today, now);
                if (action is null)
                {
                    check.Rate(area.Id, rag, findings, null, null, today, now);
                }
                else
                {
                    db.Actions.Add(action);
                    if (index == 0 && rag == Rag.Red)
                    {
                        const string evidence = "Fire drill now termly and logged; the latest took 3 minutes 10 seconds with every pupil accounted for.";
                        check.RecordImpact(area.Id, evidence, headteacher, now);
                        action.RecordImpact(evidence);
                    }
                }
            }

            check.Complete(heldOn);
            db.HealthChecks.Add(check);
        }
    }

    private static (Rag Rag, string Findings) Finding(string area, int index) => area switch
    {
        HealthCheckAreas.HealthAndSafety when index == 0 => (Rag.Red, "The fire drill log has gaps this year and one evacuation was over time."),
        HealthCheckAreas.InternalAudit when index % 2 == 1 => (Rag.Amber, "Two findings from the last internal audit are still open (purchase card approvals)."),
        "Quality of education" when index % 2 == 0 => (Rag.Amber, "The curriculum in foundation subjects is not yet sequenced beyond Year 4."),
        _ => (Rag.Green, $"{area}: discussed with the headteacher; no concern raised and the evidence seen supports the school's self-evaluation."),
    };

    private static string ActionFor(string area) => area switch
    {
        HealthCheckAreas.HealthAndSafety => "Hold a termly fire drill and log each one with the time taken",
        HealthCheckAreas.InternalAudit => "Close the open internal audit findings on purchase card approvals",
        _ => "Sequence the foundation subjects' curriculum through to Year 6",
    };
}
