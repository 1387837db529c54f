using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Auditing;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Features.Users;

/// <summary>
/// People of the current trust. Users are not behind the tenancy filter (Identity finds them by
/// sign-in name before a trust is known), so every query here filters on the current trust
/// explicitly and a user of another trust is treated as missing.
/// </summary>
public static class TrustUsers
{
    public static IQueryable<PortalUser> UsersOf(this PortalDbContext db, TrustContext trust)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(trust);
        var trustId = trust.TrustId ?? throw new InvalidOperationException("No trust is set.");
        return db.Users.Where(u => u.TrustId == trustId);
    }

    public static Task<PortalUser?> TrustUserAsync(this PortalDbContext db, TrustContext trust, Guid id, CancellationToken ct) =>
        db.UsersOf(trust).SingleOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>
    /// People are not trust-owned rows, so the audit interceptor does not see them: a change to a
    /// person is added to the trust's audit trail here, saved with the change.
    /// </summary>
    public static void AuditUser(this PortalDbContext db, TrustContext trust, TimeProvider clock, Guid userId, AuditAction action, SortedDictionary<string, object?[]> changes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(clock);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), trust.UserId, trust.ActorName, "User", userId.ToString(), action, JsonSerializer.Serialize(changes)));
    }
}
