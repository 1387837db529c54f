using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo Education and Standards Committee meetings for a trust whose policy uses committee packs (the DDAT demo trust,
/// three a year): the last meeting on the default calendar before today, held, with version 1 of its pack published a week
/// before it; and the next one scheduled, its pack not yet published (the governance professional builds it from the live
/// data). The published pack is a small stored snapshot (the schools by phase), since the pack builder lives in the web
/// project. Adds only; the caller saves.
/// </summary>
public static class DemoCommittee
{
    public static void AddFor(PortalDbContext db, PolicyContent policy, string trustName, IReadOnlyList<School> schools, Guid governanceProfessional, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        if (!policy.Uses(PolicyCapability.CommitteePacks) || policy.Cycles.CommitteeMeetingsPerYear is not { } perYear)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var year = AcademicYear.Containing(today);
        var dates = new[] { year.StartYear - 1, year.StartYear, year.StartYear + 1 }
            .SelectMany(y => CommitteeCalendar.DefaultDates(new AcademicYear(y), perYear))
            .ToList();
        var lastOn = dates.Where(d => d < today).Max();
        var nextOn = dates.Where(d => d >= today).Min();

        var scheduledAt = now.AddDays(lastOn.DayNumber - today.DayNumber - 60);
        var last = CommitteeMeeting.Schedule(lastOn, false, governanceProfessional, lastOn.AddDays(-60), scheduledAt);
        var publishedAt = now.AddDays(lastOn.DayNumber - today.DayNumber - 7);
        var open = schools.Where(s => s.IsOpen).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var content = new PackContent(trustName, lastOn, publishedAt.UtcDateTime, null,
        [
            new PackSection(
                PackSectionKind.TrustSummary,
                PackSectionKind.TrustSummary.Title(),
                $"{open.Count} open schools in the trust.",
                [],
                [],
                [
                    new PackTable(
                        "Schools by phase",
                        ["School", "Phase"],
                        [.. open.Select(s => new PackRow(s.Id, [new PackCell(s.Name), new PackCell(s.Phase)]))]),
                ],
                []),
        ]);
        db.CommitteeMeetings.Add(last);
        db.CommitteePacks.Add(CommitteePack.Publish(last, content, null, governanceProfessional, publishedAt));
        db.CommitteeMeetings.Add(CommitteeMeeting.Schedule(nextOn, false, governanceProfessional, today, now));
    }
}
