using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The shared step of every change to an existing action: load it as the user saw it, change it, save (<see cref="CommandSaving.ChangeAsync"/>).</summary>
internal static class ActionChanges
{
    public static async Task<CommandResult> ChangeActionAsync(this PortalDbContext db, Guid id, Guid version, Func<ImprovementAction, Task> change, CancellationToken ct) =>
        await db.ChangeAsync(await db.Actions.SingleOrDefaultAsync(a => a.Id == id, ct), version, change, a => a.Id, ct);
}
