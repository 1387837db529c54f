using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Categorisation;

/// <summary>The shared step of every decision on a proposal: load it as the user saw it, change it, save (<see cref="CommandSaving.ChangeAsync"/>).</summary>
internal static class CategorisationChanges
{
    public static async Task<CommandResult> ChangeCategorisationAsync(this PortalDbContext db, Guid id, Guid version, Func<SchoolCategorisation, Task> change, CancellationToken ct) =>
        await db.ChangeAsync(await db.Categorisations.SingleOrDefaultAsync(c => c.Id == id, ct), version, change, c => c.Id, ct);
}
