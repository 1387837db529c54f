using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Security.Events;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// Lockout per account and client address (ADR 0011), kept in the database so that every instance
/// sees the same counts. Counts are changed with single UPDATE statements, so two instances (or two
/// requests) failing at once both count and lock the pair once. The account is
/// <see cref="SignInKeys.Account"/>; the address is the current request's. A lockout starting is a
/// <see cref="SecurityEventKind.LockedOut"/> security event, about the account's owner when known.
/// </summary>
public sealed class SignInLockout(
    PortalDbContext db,
    TimeProvider clock,
    IOptions<LockoutOptions> options,
    IHttpContextAccessor http,
    SecurityEvents events)
{
    private string Address => SignInKeys.ClientAddress(http.HttpContext ?? throw new InvalidOperationException("Sign-in lockout needs a request."));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Whether this account is locked for attempts from this request's address.</summary>
    public async Task<bool> IsLockedAsync(string accountKey, CancellationToken ct = default)
    {
        var address = Address;
        var until = await db.SignInSources.AsNoTracking()
            .Where(s => s.AccountKey == accountKey && s.ClientAddress == address)
            .Select(s => s.LockedUntil)
            .FirstOrDefaultAsync(ct);
        return until > Now;
    }

    /// <summary>Counts a failure (wrong password, code or recovery code) from this address; locks the pair after enough of them.</summary>
    public Task RecordFailureAsync(string accountKey, CancellationToken ct = default) => RecordFailureAsync(accountKey, null, ct);

    /// <summary>Counts a failure at <paramref name="owner"/>'s account (null when the address matched nobody); locks the pair after enough of them.</summary>
    public async Task RecordFailureAsync(string accountKey, Guid? owner, CancellationToken ct = default)
    {
        var settings = options.Value;
        var address = Address;
        var now = Now;
        var quietSince = now - TimeSpan.FromHours(settings.ForgetAfterHours);
        var pair = db.SignInSources.Where(s => s.AccountKey == accountKey && s.ClientAddress == address);

        // A pair quiet for a day, and not locked, starts again: its earlier lockouts are forgotten.
        await pair.Where(s => s.LastFailureAt < quietSince && (s.LockedUntil == null || s.LockedUntil < now)).ExecuteDeleteAsync(ct);
        if (await CountAsync(pair, now, ct) == 0)
        {
            var first = new SignInSource(accountKey, address, now);
            db.SignInSources.Add(first);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another request inserted the pair first: count on its row.
                db.Entry(first).State = EntityState.Detached;
                await CountAsync(pair, now, ct);
            }
            finally
            {
                db.Entry(first).State = EntityState.Detached;
            }
        }

        // A success from this address at the same moment (two tabs, one code) clears the pair: nothing left to count.
        var row = await pair.AsNoTracking().Select(s => new { s.Id, s.Failures, s.Lockouts }).SingleOrDefaultAsync(ct);
        if (row is null || row.Failures < settings.FailuresBeforeLockout)
        {
            return;
        }

        var lockouts = row.Lockouts + 1;
        var length = settings.LockoutLength(lockouts);
        var until = now + length;
        var locked = await db.SignInSources
            .Where(s => s.Id == row.Id && s.Lockouts == row.Lockouts && s.Failures >= settings.FailuresBeforeLockout)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Failures, 0)
                .SetProperty(r => r.Lockouts, lockouts)
                .SetProperty(r => r.LockedUntil, (DateTime?)until), ct);
        if (locked == 1)
        {
            var detail = string.Create(CultureInfo.InvariantCulture, $"lockout {lockouts} from this address, {length.TotalMinutes:0} minutes");
            await events.RecordAsync(SecurityEventKind.LockedOut, SecurityOutcome.Refused, owner, detail, ct);
        }
    }

    /// <summary>A successful sign-in from this address: the pair starts again from nothing.</summary>
    public Task ClearAsync(string accountKey, CancellationToken ct = default)
    {
        var address = Address;
        return db.SignInSources.Where(s => s.AccountKey == accountKey && s.ClientAddress == address).ExecuteDeleteAsync(ct);
    }

    /// <summary>A password reset (the person proved they hold the mailbox): every address starts again.</summary>
    public Task ClearAccountAsync(string accountKey, CancellationToken ct = default) =>
        db.SignInSources.Where(s => s.AccountKey == accountKey).ExecuteDeleteAsync(ct);

    private static Task<int> CountAsync(IQueryable<SignInSource> pair, DateTime now, CancellationToken ct) =>
        pair.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Failures, r => r.Failures + 1)
            .SetProperty(r => r.LastFailureAt, now), ct);
}
