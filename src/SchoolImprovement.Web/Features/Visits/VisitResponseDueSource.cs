using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// A published visit note the headteacher has not yet confirmed or disputed is due on the school's headteachers' lists
/// <see cref="ResponseDays"/> days after it was published. Every trust has visits, so this source is never switched off.
/// One query for the whole trust (or the one school): the notes, their schools' names and the headteachers together.
/// </summary>
public sealed class VisitResponseDueSource(PortalDbContext db) : IDueSource
{
    public const int ResponseDays = 14;

    public async Task<IReadOnlyList<DueItem>> DueAsync(DueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var visits = db.ImprovementVisits.AsNoTracking().Where(v => v.Status == VisitStatus.Published && v.Response == null);
        if (context.SchoolId is { } schoolId)
        {
            visits = visits.Where(v => v.SchoolId == schoolId);
        }

        var rows = await visits
            .Join(db.Schools.Where(s => s.ClosedOn == null), v => v.SchoolId, s => s.Id, (v, s) => new { v.Id, v.SchoolId, v.VisitedOn, v.PublishedOn, School = s.Name })
            .Select(x => new
            {
                x.Id, x.SchoolId, x.VisitedOn, x.PublishedOn, x.School,
                Heads = db.SchoolAssignments.Where(a => a.SchoolId == x.SchoolId && a.Kind == AssignmentKind.HeadteacherOf).Select(a => a.UserId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new DueItem(
                DueKind.VisitResponse, $"visit:{r.Id}", $"Confirm or dispute the note of the visit on {UkFormat.Date(r.VisitedOn)}",
                r.PublishedOn!.Value.AddDays(ResponseDays), $"/visits/{r.Id}", r.SchoolId, r.School, r.Heads, r.PublishedOn))
            .OrderBy(i => i.DueOn)];
    }
}
