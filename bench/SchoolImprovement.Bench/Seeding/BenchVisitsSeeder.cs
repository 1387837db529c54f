using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Bench.Seeding;

/// <summary>
/// Issue 11's visits pages at scale: a year of visits for every grown school (four published notes, the latest awaiting the
/// headteacher), made through the domain as the pages would, so /schools/{id}/visits and /visits read as many rows as a
/// real trust. Adds only; the caller saves.
/// </summary>
public static class BenchVisitsSeeder
{
    public const int VisitsPerSchool = 4;

    public static void AddFor(PortalDbContext db, IReadOnlyList<School> schools, Guid officer, Guid headteacher, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var school in schools)
        {
            for (var n = 0; n < VisitsPerSchool; n++)
            {
                var on = today.AddDays(-330 + (n * 90));
                var note = new VisitNote(on, VisitMode.InPerson, "Bench visit", ["Quality of education"], "Bench notes.", "Bench strengths.", 1m, []);
                var visit = ImprovementVisit.Draft(school.Id, officer, note, today, now);
                visit.Publish(on.AddDays(1), now);
                if (n < VisitsPerSchool - 1)
                {
                    visit.Respond(headteacher, true, VisitResponse.Confirmed, null, now);
                }

                db.ImprovementVisits.Add(visit);
            }
        }
    }
}
