using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>The shared step of every change to an existing action: load it as the user saw it, change it, save.</summary>
internal static class ActionChanges
{
    /// <summary>
    /// NotFound when there is no such action in the trust; a Conflict when someone saved it after the
    /// user loaded it (<paramref name="version"/>), whatever they changed; otherwise <paramref name="change"/>
    /// is applied and saved (a broken rule is Refused, a save that crossed another is a Conflict).
    /// </summary>
    public static async Task<CommandResult> ChangeActionAsync(this PortalDbContext db, Guid id, Guid version, Func<ImprovementAction, Task> change, CancellationToken ct)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return CommandResult.Missing;
        }

        if (action.Version != version)
        {
            return new CommandResult.Conflict(action.Version);
        }

        db.ExpectVersion(action, version);
        return await db.SaveCommandAsync(async () =>
        {
            await change(action);
            return action.Id;
        }, ct);
    }
}
