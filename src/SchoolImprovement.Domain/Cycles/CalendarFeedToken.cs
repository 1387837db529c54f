using System.Security.Cryptography;
using System.Text;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Cycles;

/// <summary>
/// A person's iCalendar feed token. The token is the trust's id (32 hex digits, not a secret: it tells the anonymous feed
/// which trust to look in, without reading across trusts) and 32 random bytes (URL-safe base64). It is shown once, when it
/// is made, and lives only in the feed's URL; the database keeps its SHA-256 hash. It grants that person's feed and nothing
/// else; revoking it (or making a new one) ends it.
/// </summary>
public sealed class CalendarFeedToken : ITrustOwned
{
    /// <summary>The length of the hash's hex text.</summary>
    public const int HashLength = 64;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; } = "";

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    private CalendarFeedToken() { }

    /// <summary>Makes a token for <paramref name="userId"/> of <paramref name="trustId"/>: the entity to save and the token to show once.</summary>
    public static (CalendarFeedToken Feed, string Token) Create(Guid trustId, Guid userId, DateTimeOffset now)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = $"{trustId:N}.{secret}";
        return (new CalendarFeedToken { Id = Guid.CreateVersion7(now), UserId = userId, TokenHash = Hash(token), CreatedAt = now.UtcDateTime }, token);
    }

    /// <summary>The stored form of a token: lower-case hex SHA-256 of its text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>The trust a token names; null when the text is not a token's shape.</summary>
    public static Guid? TrustOf(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot == 32 && token!.Length > 33 && Guid.TryParseExact(token[..32], "N", out var trustId) ? trustId : null;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.UtcDateTime;
}
