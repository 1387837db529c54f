using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// Identity's EF user store, with second-factor secrets that a copy of the database does not give
/// away (ASVS 5.0 V6.5.2, V6.5.3, V11.3): the authenticator key is encrypted with ASP.NET Core Data
/// Protection (stored as <c>dp1:</c> and the protected payload) and recovery codes are stored as
/// salted PBKDF2 hashes (<see cref="RecoveryCodeHashes"/>), both still in AspNetUserTokens.
/// <para>
/// Rows written before this store (a plain base32 key, Identity's plain "code;code" list) keep
/// working: a plain key is read as it is and encrypted in place at that first read; plain recovery
/// codes are checked as they are and, at the first one used, the rest are stored hashed. A key that
/// no longer decrypts (the Data Protection key ring was lost) reads as no key: the person signs in
/// with a recovery code or has their authenticator reset, and the error is logged.
/// </para>
/// </summary>
public sealed partial class PortalUserStore(
    PortalDbContext context,
    IDataProtectionProvider protection,
    ILogger<PortalUserStore> logger,
    IdentityErrorDescriber? describer = null)
    : UserStore<PortalUser, IdentityRole<Guid>, PortalDbContext, Guid>(context, describer)
{
    /// <summary>Identity's own names for the two token rows (UserStoreBase).</summary>
    public const string TokenProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";
    public const string RecoveryCodesName = "RecoveryCodes";
    public const string ProtectedPrefix = "dp1:";
    public const string Purpose = "SchoolImprovement.AuthenticatorKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public override Task SetAuthenticatorKeyAsync(PortalUser user, string key, CancellationToken cancellationToken) =>
        SetTokenAsync(user, TokenProvider, AuthenticatorKeyName, ProtectedPrefix + _protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await GetTokenAsync(user, TokenProvider, AuthenticatorKeyName, cancellationToken);
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        if (stored.StartsWith(ProtectedPrefix, StringComparison.Ordinal))
        {
            try
            {
                return _protector.Unprotect(stored[ProtectedPrefix.Length..]);
            }
            catch (CryptographicException e)
            {
                LogUnreadableKey(logger, user.Id, e);
                return null;
            }
        }

        await ProtectStoredKeyAsync(user.Id, stored, cancellationToken);
        return stored;
    }

    public override Task ReplaceCodesAsync(PortalUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return SetTokenAsync(user, TokenProvider, RecoveryCodesName, RecoveryCodeHashes.Hash(recoveryCodes), cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(PortalUser user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, TokenProvider, RecoveryCodesName, cancellationToken) ?? "";
        if (RecoveryCodeHashes.IsHashed(stored))
        {
            if (RecoveryCodeHashes.Without(stored, code) is not { } rest)
            {
                return false;
            }

            await SetTokenAsync(user, TokenProvider, RecoveryCodesName, rest, cancellationToken);
            return true;
        }

        // Identity's plain list, from before this store: used once, then the rest are stored hashed.
        var plain = stored.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var typed = RecoveryCodeHashes.Normalise(code);
        var match = plain.FindIndex(c => CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(RecoveryCodeHashes.Normalise(c)), System.Text.Encoding.UTF8.GetBytes(typed)));
        if (match < 0)
        {
            return false;
        }

        plain.RemoveAt(match);
        await ReplaceCodesAsync(user, plain, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, TokenProvider, RecoveryCodesName, cancellationToken);
        return RecoveryCodeHashes.IsHashed(stored)
            ? RecoveryCodeHashes.Count(stored)
            : stored?.Split(';', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
    }

    /// <summary>Encrypts a key stored in plain text before this store, in place, without saving anything else the context holds.</summary>
    private async Task ProtectStoredKeyAsync(Guid userId, string plain, CancellationToken ct)
    {
        var sealedKey = ProtectedPrefix + _protector.Protect(plain);
        await Context.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == TokenProvider && t.Name == AuthenticatorKeyName && t.Value == plain)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, sealedKey), ct);
        foreach (var tracked in Context.ChangeTracker.Entries<IdentityUserToken<Guid>>()
                     .Where(e => e.Entity.UserId == userId && e.Entity.LoginProvider == TokenProvider && e.Entity.Name == AuthenticatorKeyName && e.State == EntityState.Unchanged))
        {
            tracked.Entity.Value = sealedKey;
            tracked.Property(t => t.Value).OriginalValue = sealedKey;
        }

        LogKeyProtected(logger, userId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The authenticator key of user {UserId} cannot be decrypted (Data Protection key ring lost or changed); the person must use a recovery code or have their authenticator reset")]
    private static partial void LogUnreadableKey(ILogger logger, Guid userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The plain-text authenticator key of user {UserId} was encrypted in place")]
    private static partial void LogKeyProtected(ILogger logger, Guid userId);
}
