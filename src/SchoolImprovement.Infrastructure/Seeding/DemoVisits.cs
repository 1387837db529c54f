using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// A year of improvement visits by the demo officer (linked to the first five schools): DDAT 190002–190005 and Vine
/// 290002–290004 (never 190001, 190010 or 290001, which tests use). Each school has a visit about every three months,
/// published and confirmed by the headteacher; the latest of one school awaits the headteacher, one DDAT note is disputed
/// with its comment, and one school has a draft. In a trust that uses day allocations (Vine), visits of the current
/// academic year log their days on the school's allocation when the allocations demo has set one (found among the
/// rows added but not yet saved); earlier visits keep no days. Adds only; the caller saves.
/// </summary>
public static class DemoVisits
{
    public static readonly IReadOnlyList<int> DdatUrns = [190002, 190003, 190004, 190005];
    public static readonly IReadOnlyList<int> VineUrns = [290002, 290003, 290004];

    /// <summary>The school whose second visit's note the headteacher disputed.</summary>
    public const int DisputedUrn = 190004;

    public const string DisputeComment =
        "The note says Year 2 reading was observed; it was Year 3. The judgement on Year 2 phonics is not based on what was seen.";

    private static readonly (string Purpose, string[] Focus, string Notes, string Strengths)[] Topics =
    [
        ("Autumn review of the school improvement plan", ["Leadership and management", "Quality of education"],
            "Met the headteacher and senior leaders. The plan's priorities match the self-evaluation; **reading** remains the first priority.",
            "Leaders know the school's strengths and weaknesses well."),
        ("Reading and phonics learning walk", ["Reading", "Phonics"],
            "Learning walk with the English lead across Reception to Year 3. Phonics sessions follow the scheme consistently.",
            "Pupils apply phonics well in their reading books."),
        ("Attendance and behaviour", ["Attendance", "Behaviour and attitudes"],
            "Reviewed persistent absence with the attendance lead; the first-day calling is consistent.",
            "Calm corridors and positive relationships at lunchtime."),
        ("Summer data and next year's priorities", ["Outcomes", "Curriculum"],
            "Looked at the internal assessment data with the headteacher and agreed the draft priorities for next year.",
            "The curriculum is well sequenced in history and geography."),
    ];

    /// <summary>The purposes of the demo visits, by which tests tell them from their own.</summary>
    public static IEnumerable<string> Purposes => Topics.Select(t => t.Purpose);

    public static void AddFor(
        PortalDbContext db, PolicyContent policy, IReadOnlyList<School> schools, Guid officer, Guid headteacher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var allocations = policy.Uses(PolicyCapability.DayAllocations);
        var urns = allocations ? VineUrns : DdatUrns;
        var thisYear = AcademicYear.Containing(today);
        foreach (var (school, index) in schools.Where(s => urns.Contains(s.Urn)).Select((s, i) => (s, i)))
        {
            var allocation = allocations
                ? db.DayAllocations.Local.FirstOrDefault(a => a.SchoolId == school.Id && a.AcademicYear == thisYear.StartYear && a.OfficerUserId == officer)
                : null;
            for (var n = 0; n < Topics.Length; n++)
            {
                var on = today.AddDays(-340 + (n * 90) + (index * 7));
                if (on >= today)
                {
                    continue;
                }

                var inThisYear = on >= thisYear.FirstDay;
                decimal? days = !allocations ? (n % 2 == 0 ? 1m : 0.5m) : inThisYear && allocation is not null ? 1m : null;
                if (days is { } wanted && allocation is not null && allocation.Remaining(AllocationStrand.Officer) < wanted)
                {
                    days = null;
                }

                var latest = n == Topics.Length - 1 || on.AddDays(90) >= today;
                var topic = Topics[n];
                var actions = latest
                    ? new[] { new VisitAgreedAction("Share the agreed priorities with the local committee", TrustRole.Headteacher, null, today.AddDays(30)) }
                    : [];
                var note = new VisitNote(on, n % 3 == 2 ? VisitMode.Online : VisitMode.InPerson, topic.Purpose, topic.Focus, topic.Notes, topic.Strengths, days, actions);
                var visit = ImprovementVisit.Draft(school.Id, officer, note, today, now.AddDays(-340 + (n * 90)));
                db.ImprovementVisits.Add(visit);
                if (latest && index == 2)
                {
                    // The officer is still writing up the latest visit to this school.
                    break;
                }

                var published = on.AddDays(2);
                db.Actions.AddRange(visit.Publish(published, now));
                if (days is { } logged && allocation is not null)
                {
                    allocation.Log(officer, AllocationStrand.Officer, on, logged, visit.Activity, visit.Mode, visit.Id, now);
                }

                if (latest && index == 1)
                {
                    // Published and awaiting the headteacher.
                    break;
                }

                var disputed = school.Urn == DisputedUrn && n == 1;
                visit.Respond(
                    headteacher, true, disputed ? VisitResponse.Disputed : VisitResponse.Confirmed, disputed ? DisputeComment : null,
                    new DateTimeOffset(published.AddDays(3).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero));
                if (latest)
                {
                    break;
                }
            }
        }
    }
}
