using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// One use per authenticator code (ASVS 5.0 V6.5.1): the time step of the last accepted code is
/// kept on the person's row, and a code counts only if its step is later. The check and the write
/// are one conditional UPDATE, so of two requests carrying the same code at the same moment the
/// database lets exactly one change the row; the other sees zero rows changed and is refused.
/// Users are not trust-owned, so a bulk update of this one column is allowed (docs/architecture.md).
/// </summary>
public static class AuthenticatorSteps
{
    /// <summary>True when <paramref name="step"/> is later than any step accepted before and is now recorded; false when it (or a later one) was used.</summary>
    public static async Task<bool> TryUseAsync(PortalDbContext db, Guid userId, long step, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = await db.Users
            .Where(u => u.Id == userId && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, step), ct);
        return changed == 1;
    }

    /// <summary>
    /// A new app was proved with the code of <paramref name="step"/>: that code must not then sign
    /// in. Set outright (the steps of the old key mean nothing for the new one).
    /// </summary>
    public static Task RememberEnrolmentAsync(PortalDbContext db, Guid userId, long step, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, step), ct);
    }
}
