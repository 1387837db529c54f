using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Platform;

public sealed record TrustRow(Guid Id, string Name, DateTimeOffset CreatedAt, int Users);

/// <summary>The installation's trusts, for the platform administrator (trusts and user counts only, no school data).</summary>
public sealed class TrustQueries(PortalDbContext db)
{
    public async Task<IReadOnlyList<TrustRow>> ListAsync(CancellationToken ct) =>
        await db.Trusts.OrderBy(t => t.Name)
            .Select(t => new TrustRow(t.Id, t.Name, t.CreatedAt, db.Users.Count(u => u.TrustId == t.Id)))
            .ToListAsync(ct);
}
