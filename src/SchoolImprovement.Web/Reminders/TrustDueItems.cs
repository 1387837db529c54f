using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features;

namespace SchoolImprovement.Web.Reminders;

/// <summary>
/// Everything due in the current trust from every <see cref="IDueSource"/>, read with the trust's policy and its UK day. Runs in a
/// request or in a background trust scope (no HttpContext needed): one query for the policy, then each source's fixed number.
/// </summary>
public sealed class TrustDueItems(PortalDbContext db, IEnumerable<IDueSource> sources, TimeProvider clock)
{
    public async Task<IReadOnlyList<DueItem>> ReadAsync(Guid? schoolId, CancellationToken ct)
    {
        var profile = await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            return [];
        }

        var context = new DueContext(clock.Today(), profile.Content, schoolId);
        var items = new List<DueItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.DueAsync(context, ct));
        }

        return items;
    }
}
