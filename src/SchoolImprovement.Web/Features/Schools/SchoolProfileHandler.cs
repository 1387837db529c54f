using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Inspections;

namespace SchoolImprovement.Web.Features.Schools;

public sealed record SchoolPerson(string DisplayName, string Email, AssignmentKind Kind);

public sealed record TimelineEvent(DateTimeOffset At, string What, string? Link);

public sealed record SchoolProfile(
    School School, IReadOnlyList<SchoolPerson> People, SchoolCategorisation? Category, SchoolCategorisation? Awaiting,
    IReadOnlyList<ImprovementAction> OpenActions, int OverdueActions, LatestInspections Inspections,
    IReadOnlyList<TimelineEvent> Timeline);

/// <summary>
/// A school's profile: key facts, people, current category with its rationale, latest
/// inspections, open actions and a dated timeline. A fixed number of queries. Access is
/// checked by the controller first.
/// </summary>
public sealed class SchoolProfileHandler(PortalDbContext db, TimeProvider clock)
{
    /// <param name="confirmedOnly">
    /// For headteachers, local committee members and SLEs: proposals and returns stay with the
    /// central team, so only confirmed categorisations appear, on the page and in the timeline.
    /// </param>
    public async Task<SchoolProfile?> HandleAsync(Guid schoolId, bool confirmedOnly, CancellationToken cancellationToken)
    {
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
        {
            return null;
        }

        var people = await db.SchoolAssignments
            .Where(a => a.SchoolId == schoolId)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.DisplayName, u.Email, a.Kind })
            .OrderBy(p => p.Kind).ThenBy(p => p.DisplayName)
            .Select(p => new SchoolPerson(p.DisplayName, p.Email ?? "", p.Kind))
            .ToListAsync(cancellationToken);
        var categorisations = await db.Categorisations.AsNoTracking()
            .Where(c => c.SchoolId == schoolId && (!confirmedOnly || c.Status == CategorisationStatus.Confirmed))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var inspections = await LatestInspections.NewestFirstAsync(db, schoolId, cancellationToken);
        var actions = await db.Actions.AsNoTracking().Where(a => a.SchoolId == schoolId).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var today = clock.Today();

        return new SchoolProfile(
            school, people,
            categorisations.LastOrDefault(c => c.Status == CategorisationStatus.Confirmed),
            categorisations.LastOrDefault(c => c.Status == CategorisationStatus.Proposed),
            [.. actions.Where(a => !a.IsClosed)], actions.Count(a => a.IsOverdue(today)),
            LatestInspections.From(schoolId, inspections),
            Timeline(school, categorisations, inspections, actions, confirmedOnly));
    }

    private static List<TimelineEvent> Timeline(School school, IEnumerable<SchoolCategorisation> categorisations, IEnumerable<Inspection> inspections, IEnumerable<ImprovementAction> actions, bool confirmedOnlyTimeline)
    {
        static DateTimeOffset Day(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var events = new List<TimelineEvent> { new(Day(school.DateJoined), "Joined the trust", null) };
        if (school.ClosedOn is { } closed)
        {
            events.Add(new(Day(closed), "Closed", null));
        }

        foreach (var c in categorisations)
        {
            if (c.Status != CategorisationStatus.Confirmed || !confirmedOnlyTimeline)
            {
                events.Add(new(c.ProposedAt, $"{c.Category} proposed", $"/categorisations/{c.Id}"));
            }

            if (c.DecidedAt is { } decided)
            {
                events.Add(new(decided, c.Status == CategorisationStatus.Confirmed ? $"{c.Category} confirmed" : $"{c.Category} proposal returned", $"/categorisations/{c.Id}"));
            }
        }

        events.AddRange(inspections.Select(i => new TimelineEvent(Day(i.InspectedOn), $"{InspectionText.Name(i.Framework)} inspection", $"/schools/{school.Id}/inspections")));
        events.AddRange(actions.Select(a => new TimelineEvent(a.CreatedAt, $"Action added: {a.Title}", $"/actions/{a.Id}")));
        return [.. events.OrderByDescending(e => e.At).Take(50)];
    }
}
