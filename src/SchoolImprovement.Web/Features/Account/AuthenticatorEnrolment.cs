using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Features.Account;

/// <summary>
/// A new authenticator app, proved before it counts. The new key is made fresh, shown on the page
/// and carried by the form sealed to the person (<see cref="AuthenticatorSetupForm.Ticket"/>): it is
/// stored only once a code from the app proves it, and a stored key is never shown again. Turning
/// it on makes ten new recovery codes (the old ones stop working) and a new security stamp (the
/// person's other sessions end).
/// </summary>
public static class AuthenticatorEnrolment
{
    private const string Issuer = "School improvement portal";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static IDataProtector Protector(IDataProtectionProvider protection, bool replacing)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return protection.CreateProtector("SchoolImprovement.AuthenticatorEnrolment.v1", replacing ? "replace" : "setup");
    }

    /// <summary>A new key for the person and the page that shows it.</summary>
    public static MfaSetupPage NewPage(IDataProtector protector, UserManager<PortalUser> users, PortalUser user, DateTimeOffset now, bool replacing)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var key = users.GenerateNewAuthenticatorKey();
        var payload = string.Join('\n', user.Id.ToString("N"), user.SecurityStamp, user.Email, key, (now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return Page(key, user.Email ?? "", protector.Protect(payload), replacing);
    }

    /// <summary>The page again for a ticket this person was given (a wrong code), or null when it is not theirs, is stale or has expired.</summary>
    public static MfaSetupPage? PageAgain(IDataProtector protector, PortalUser user, string? ticket, DateTimeOffset now, bool replacing) =>
        KeyIn(protector, user, ticket, now) is { } key ? Page(key, user.Email ?? "", ticket!, replacing) : null;

    /// <summary>The page for a ticket just made (the person is the one it was made for).</summary>
    public static MfaSetupPage PageFor(IDataProtector protector, string ticket, bool replacing)
    {
        ArgumentNullException.ThrowIfNull(protector);
        var parts = protector.Unprotect(ticket).Split('\n');
        return Page(parts[3], parts[2], ticket, replacing);
    }

    /// <summary>The new key a ticket carries, if it was made for this person as they are now and has not expired.</summary>
    public static string? KeyIn(IDataProtector protector, PortalUser user, string? ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = protector.Unprotect(ticket).Split('\n');
        }
        catch (CryptographicException)
        {
            return null;
        }

        return parts.Length == 5
            && parts[0] == user.Id.ToString("N")
            && parts[1] == user.SecurityStamp
            && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && now.ToUnixTimeSeconds() <= expires
            ? parts[3]
            : null;
    }

    /// <summary>Makes <paramref name="key"/> the person's authenticator, turns it on, and returns ten new recovery codes.</summary>
    public static async Task<IReadOnlyList<string>> UseKeyAsync(UserManager<PortalUser> users, IUserStore<PortalUser> store, PortalUser user, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(store);
        await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, ct);
        await Common.IdentityCommands.OrRefuse(users.SetTwoFactorEnabledAsync(user, true));
        await Common.IdentityCommands.OrRefuse(users.UpdateSecurityStampAsync(user));
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    private static MfaSetupPage Page(string key, string email, string ticket, bool replacing)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString(Issuer), Uri.EscapeDataString(email), key);
        return new MfaSetupPage(grouped.ToString().Trim().ToLowerInvariant(), uri, ticket, replacing);
    }
}
