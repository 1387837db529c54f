using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Features.Inspections;

namespace SchoolImprovement.Web.Features.Schools;

public sealed record TimelineEvent(DateTimeOffset At, string What, string? Link);

/// <summary>
/// The dated timeline of the school profile: joined and closed, categorisations, inspections and
/// actions added, newest first (the latest 50). Three SQL queries, one per kind of record,
/// each reading only the columns it shows.
/// </summary>
public static class SchoolTimeline
{
    public const int Length = 50;

    /// <param name="confirmedOnly">Proposals and returns stay with the central team: only confirmed categorisations appear.</param>
    public static async Task<IReadOnlyList<TimelineEvent>> ReadAsync(PortalDbContext db, SchoolFacts school, bool confirmedOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(school);
        var categorisations = await db.Categorisations.AsNoTracking()
            .Where(c => c.SchoolId == school.Id && (!confirmedOnly || c.Status == CategorisationStatus.Confirmed))
            .Select(c => new { c.Id, c.Category, c.Status, c.ProposedAt, c.DecidedAt })
            .ToListAsync(ct);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.SchoolId == school.Id)
            .Select(i => new { i.Framework, i.InspectedOn })
            .ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.SchoolId == school.Id)
            .Select(a => new { a.Id, a.Title, a.CreatedAt })
            .ToListAsync(ct);

        static DateTimeOffset Day(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var events = new List<TimelineEvent> { new(Day(school.DateJoined), "Joined the trust", null) };
        if (school.ClosedOn is { } closed)
        {
            events.Add(new(Day(closed), "Closed", null));
        }

        foreach (var c in categorisations)
        {
            if (c.Status != CategorisationStatus.Confirmed || !confirmedOnly)
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
        return [.. events.OrderByDescending(e => e.At).Take(Length)];
    }
}
