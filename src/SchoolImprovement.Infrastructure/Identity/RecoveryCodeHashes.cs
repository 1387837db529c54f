using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// A person's recovery codes as stored: never the codes, only PBKDF2 hashes (ASVS 5.0 V6.5.2: a
/// lookup secret of under 112 bits is stored with an approved password hash and a salt of at
/// least 32 bits). Identity's codes are 10 characters of a 26-character alphabet, about 47 bits,
/// so PBKDF2-HMAC-SHA512 with Identity's own password iteration count (100,000) and a 128-bit
/// random salt per set. One salt for the set means a typed code is hashed once, not ten times
/// (a set shares its salt; sets never do). Stored as <c>v1$iterations$salt$hash;hash;...</c>.
/// </summary>
public static class RecoveryCodeHashes
{
    public const string Prefix = "v1$";
    public const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Codes are typed in any case, with or without the hyphen or spaces.</summary>
    public static string Normalise(string code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    public static bool IsHashed(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string Hash(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return Write(Iterations, salt, codes.Select(c => Derive(c, salt, Iterations)));
    }

    public static int Count(string? stored) => stored is null ? 0 : Split(stored).Hashes.Count;

    /// <summary>The stored set without <paramref name="code"/>, or null when the code is not in it.</summary>
    public static string? Without(string stored, string code)
    {
        var (iterations, salt, hashes) = Split(stored);
        var typed = Derive(code, salt, iterations);
        var match = -1;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(hashes[i]), typed))
            {
                match = i;
            }
        }

        return match < 0 ? null : Write(iterations, salt, hashes.Where((_, i) => i != match).Select(Convert.FromBase64String));
    }

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalise(code)), salt, iterations, HashAlgorithmName.SHA512, HashBytes);

    private static string Write(int iterations, byte[] salt, IEnumerable<byte[]> hashes) =>
        string.Concat(Prefix, iterations.ToString(CultureInfo.InvariantCulture), "$", Convert.ToBase64String(salt), "$", string.Join(';', hashes.Select(Convert.ToBase64String)));

    private static (int Iterations, byte[] Salt, IReadOnlyList<string> Hashes) Split(string stored)
    {
        var parts = stored[Prefix.Length..].Split('$');
        return (int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), Convert.FromBase64String(parts[1]),
            parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries));
    }
}
