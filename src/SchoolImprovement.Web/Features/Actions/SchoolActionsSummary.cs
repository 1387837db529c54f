using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>
/// The open-actions section of the school profile (_SchoolActionsSummary.cshtml): how many
/// actions are open and overdue, and the first few by due date. One SQL query.
/// </summary>
public sealed record SchoolActionsSummary(Guid SchoolId, int Open, int Overdue, IReadOnlyList<SchoolActionsSummary.Line> Soonest)
{
    /// <summary>How many open actions the profile lists; the school's action plan has them all.</summary>
    public const int Shown = 8;

    public sealed record Line(Guid Id, string Title, string? OwnerRole, DateOnly DueOn);

    public static async Task<SchoolActionsSummary> ReadAsync(PortalDbContext db, Guid schoolId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = db.Actions.Where(ImprovementAction.IsOpenCondition).Where(a => a.SchoolId == schoolId);

        // The counts ride on each listed row (no open action: no row, and both counts are zero).
        var rows = await open
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Take(Shown)
            .Select(a => new { a.Id, a.Title, a.OwnerRole, a.DueOn, Open = open.Count(), Overdue = open.Count(x => x.DueOn < today) })
            .ToListAsync(ct);
        return new SchoolActionsSummary(
            schoolId, rows.FirstOrDefault()?.Open ?? 0, rows.FirstOrDefault()?.Overdue ?? 0,
            [.. rows.Select(r => new Line(r.Id, r.Title, r.OwnerRole, r.DueOn))]);
    }
}
