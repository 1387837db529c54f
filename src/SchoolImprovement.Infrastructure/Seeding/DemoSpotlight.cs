using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Spotlight;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// A demo Spotlight project (DDAT policy §6) for a trust whose policy uses them (the DDAT demo trust): on
/// <see cref="SchoolUrn"/>, a school the demo headline data makes a Spotlight candidate
/// (<see cref="DemoHeadlineData.Pattern.DropsBelowNational"/>), with the demo officer allocated and the demo local
/// committee member involved, and two focused visits in the previous two half terms, the second with one clear action
/// in the tracker. Adds only; the caller saves.
/// </summary>
public static class DemoSpotlight
{
    /// <summary>Ashbourne Hilltop CE Primary: a candidate that no other demo record or test relies on.</summary>
    public const int SchoolUrn = 190002;

    public static void AddFor(PortalDbContext db, PolicyContent policy, IReadOnlyList<School> schools, Guid officer, Guid localCommitteeMember, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        var school = schools.FirstOrDefault(s => s.Urn == SchoolUrn);
        if (!policy.Uses(PolicyCapability.SpotlightProjects) || school is null)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var current = HalfTerm.Containing(today);
        var (first, second) = (current.Plus(-2), current.Plus(-1));
        var project = SpotlightProject.Open(
            school.Id, SpotlightOrigin.Candidate,
            "Spotlight candidate: reading, writing and maths at the expected standard (KS2) dropped in 2024/25 and was below national in both of the latest two years.",
            officer, localCommitteeMember, null, first.FirstDay.AddDays(3), today);
        var earlier = project.RecordVisit(
            first.FirstDay.AddDays(14),
            "Early reading is well led: phonics sessions are consistent across Reception and Year 1.",
            "Map the gaps in Year 6 writing against the KS2 framework; agree a moderation date with a partner school.",
            "Met the headteacher and the local committee member. Leaders know where results fell.",
            officer, today, now);
        var later = project.RecordVisit(
            second.FirstDay.AddDays(14),
            "The writing gap analysis is done and shared with staff; moderation took place with a partner school.",
            "Put the Year 6 writing interventions in place and check their impact at the next visit.",
            "The local committee member joined the book look. **Follow up**: pupil premium pupils' writing.",
            officer, today, now);
        db.SpotlightProjects.Add(project);
        db.SpotlightVisits.AddRange(earlier, later);
        db.Actions.Add(ImprovementAction.Create(
            school.Id, "Start Year 6 writing interventions and track their impact half-termly", ActionSource.Spotlight, later.Id,
            TrustRole.Headteacher, null, current.LastDay, today, now));
    }
}
