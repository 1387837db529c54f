using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Features.Actions;

/// <summary>A person who may be named as an action's owner.</summary>
public sealed record PersonOption(Guid Id, string Name);

/// <summary>
/// The people who may own actions: the active people of the trust. Users are not tenancy-filtered,
/// so the trust is named explicitly.
/// </summary>
public sealed class ActionOwnerQueries(PortalDbContext db)
{
    public const string NotAPersonOfTheTrust = "Choose an owner from the trust's people.";

    public async Task<IReadOnlyList<PersonOption>> PeopleAsync(CancellationToken ct)
    {
        var trustId = db.CurrentTrustId;
        return await db.Users.Where(u => u.TrustId == trustId && u.TrustId != null && u.IsActive)
            .OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    /// <summary>Refuses (as a <see cref="DomainException"/>) a named owner who is not an active person of this trust.</summary>
    public async Task EnsureMayOwnAsync(Guid? owner, CancellationToken ct)
    {
        if (owner is not { } id)
        {
            return;
        }

        var trustId = db.CurrentTrustId;
        if (!await db.Users.AnyAsync(u => u.Id == id && u.TrustId == trustId && u.TrustId != null && u.IsActive, ct))
        {
            throw new DomainException(NotAPersonOfTheTrust);
        }
    }
}
