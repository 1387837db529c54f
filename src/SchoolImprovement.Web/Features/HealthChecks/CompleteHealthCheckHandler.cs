using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.HealthChecks;

public sealed class CompleteHealthCheckForm : IVersionedForm
{
    public Guid Version { get; set; }
}

/// <summary>Completes a draft health check once every applicable area is rated; the next check then falls due from its date.</summary>
public sealed class CompleteHealthCheckHandler(PortalDbContext db, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Guid id, CompleteHealthCheckForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var check = await db.HealthChecks.Include(c => c.Areas).SingleOrDefaultAsync(c => c.Id == id, ct);
        return await db.ChangeAsync(check, form.Version, c =>
        {
            c.Complete(clock.Today());
            return Task.CompletedTask;
        }, c => c.Id, ct);
    }
}
