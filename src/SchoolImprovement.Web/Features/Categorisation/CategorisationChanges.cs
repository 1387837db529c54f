using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>The shared step of every decision on a proposal: load it as the user saw it, change it, save.</summary>
internal static class CategorisationChanges
{
    /// <summary>
    /// NotFound when there is no such categorisation in the trust; a Conflict when someone saved it
    /// after the user loaded it (<paramref name="version"/>), whatever they did; otherwise
    /// <paramref name="change"/> is applied and saved in one transaction (a broken rule is Refused,
    /// a save that crossed another is a Conflict).
    /// </summary>
    public static async Task<CommandResult> ChangeCategorisationAsync(this PortalDbContext db, Guid id, Guid version, Func<SchoolCategorisation, Task> change, CancellationToken ct)
    {
        var record = await db.Categorisations.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (record is null)
        {
            return CommandResult.Missing;
        }

        if (record.Version != version)
        {
            return new CommandResult.Conflict(record.Version);
        }

        db.ExpectVersion(record, version);
        return await db.SaveCommandAsync(async () =>
        {
            await change(record);
            return record.Id;
        }, ct);
    }
}
