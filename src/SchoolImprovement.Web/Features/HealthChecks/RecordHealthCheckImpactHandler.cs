using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.HealthChecks;

public sealed class HealthCheckImpactForm : IVersionedForm
{
    public Guid Version { get; set; }

    public string? Evidence { get; set; }
}

/// <summary>
/// The headteacher records the evidence of impact for an identified area of their school's health check (DDAT §2:
/// "headteachers are expected to address any identified areas and demonstrate impact within agreed timelines"). The
/// evidence is kept on the area and on its action in the tracker, in one save.
/// </summary>
public sealed class RecordHealthCheckImpactHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<CommandResult> HandleAsync(Guid id, Guid areaId, HealthCheckImpactForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = await db.HealthChecks.Include(c => c.Areas).SingleOrDefaultAsync(c => c.Id == id, ct);
        var area = check?.Areas.FirstOrDefault(a => a.Id == areaId);
        if (check is null || area is null)
        {
            return CommandResult.Missing;
        }

        var action = area.ActionId is { } actionId ? await db.Actions.SingleOrDefaultAsync(a => a.Id == actionId, ct) : null;
        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(() =>
        {
            db.ExpectVersion(check, form.Version);
            // A change to an area is a change to the check: its version moves on, so two people rating at once conflict.
            db.Entry(check).State = EntityState.Modified;
            check.RecordImpact(areaId, form.Evidence, by, clock.GetUtcNow());
            action?.RecordImpact(area.EvidenceOfImpact!);
            return check.Id;
        }, ct);
    }
}
