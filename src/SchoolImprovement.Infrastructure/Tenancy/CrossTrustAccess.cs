using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Tenancy;

/// <summary>
/// The ONE way to read across trusts (docs/security.md, "Escape hatches"; ADR 0016), used only by
/// platform administration (<c>Features/Platform/PlatformRoleRequestQueries</c>). It runs the read in
/// a scope of its own with no trust, entered as the cross-trust read: EF's tenancy filter is lifted
/// only here and only on the sets <see cref="CrossTrustRead"/> exposes, and on PostgreSQL the
/// connection carries the cross-trust setting, which the database honours only on the tables
/// migrations allow (<see cref="RowLevelSecurity.AllowCrossTrustRead"/>), only for SELECT. Saves of
/// trust-owned rows fail in that scope (no trust); every other table reads as for no trust.
/// A source scan (<c>CrossTrustAccessTests</c>) keeps both this class and <c>IgnoreQueryFilters</c>
/// out of every other file.
/// </summary>
public sealed class CrossTrustAccess(IServiceScopeFactory scopes)
{
    /// <summary>Runs <paramref name="read"/> over every trust's rows of the sets <see cref="CrossTrustRead"/> exposes.</summary>
    public async Task<T> ReadAsync<T>(string actorName, Func<CrossTrustRead, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TrustContext>().EnterCrossTrustRead(actorName);
        return await read(new CrossTrustRead(scope.ServiceProvider.GetRequiredService<PortalDbContext>()));
    }
}

/// <summary>What a cross-trust read may see: role requests of every trust, and the trusts and people they name. No tracking: reads only.</summary>
public sealed class CrossTrustRead
{
    private readonly PortalDbContext _db;

    internal CrossTrustRead(PortalDbContext db) => _db = db;

    /// <summary>Every trust's role requests (the tenancy filter lifted; on PostgreSQL the cross-trust policy allows the read).</summary>
    public IQueryable<RoleGrantRequest> RoleGrantRequests =>
        _db.RoleGrantRequests.IgnoreQueryFilters([TrustTenancyModel.FilterName]).AsNoTracking();

    /// <summary>The trusts (not trust-owned).</summary>
    public IQueryable<Trust> Trusts => _db.Trusts.AsNoTracking();

    /// <summary>The people (not trust-owned; filter by TrustId explicitly, as everywhere).</summary>
    public IQueryable<PortalUser> Users => _db.Users.AsNoTracking();
}
