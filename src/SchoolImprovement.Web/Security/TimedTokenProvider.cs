using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Web.Security;

/// <summary>
/// An emailed token (reset or invitation link) that is valid for <see cref="Lifetime"/> from the
/// injected <see cref="TimeProvider"/> (Identity's DataProtectorTokenProvider reads the system
/// clock). The token seals, with Data Protection, the time it was made, the person, the purpose
/// and their security stamp: it stops working once used (the new password changes the stamp),
/// when the person's credentials change, or when it is older than the lifetime.
/// </summary>
public abstract class TimedTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    /// <summary>A token made on another instance whose clock runs a little ahead is still accepted.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The Data Protection purpose: a token made for one provider never opens another.</summary>
    protected abstract string ProtectorPurpose { get; }

    public abstract TimeSpan Lifetime { get; }

    private IDataProtector Protector => protection.CreateProtector(ProtectorPurpose);

    public async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var body = new MemoryStream();
        await using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose ?? "");
            writer.Write(manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) ?? "" : "");
        }

        return WebEncoders.Base64UrlEncode(Protector.Protect(body.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        byte[] body;
        try
        {
            body = Protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? ""));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(body), System.Text.Encoding.UTF8);
        try
        {
            var made = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var now = clock.GetUtcNow();
            if (made > now + ClockSkew || now - made >= Lifetime)
            {
                return false;
            }

            var userId = reader.ReadString();
            var tokenPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            return string.Equals(userId, await manager.GetUserIdAsync(user), StringComparison.Ordinal)
                && string.Equals(tokenPurpose, purpose, StringComparison.Ordinal)
                && string.Equals(stamp, manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) ?? "" : "", StringComparison.Ordinal);
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>Never a second factor: these tokens travel by email.</summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(false);
}
