using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace SchoolImprovement.Infrastructure.Identity;

/// <summary>
/// Checks a code against an authenticator key (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits,
/// one step either side for a phone's clock drift): a new app's key before it replaces anything,
/// and the stored key at sign-in (<see cref="OneTimeAuthenticatorTokenProvider"/>), which also
/// needs the step matched so that the same code is never accepted twice.
/// </summary>
public static class AuthenticatorCode
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static bool Matches(string base32Key, string? code, DateTimeOffset now) => MatchingStep(base32Key, code, now) is not null;

    /// <summary>The RFC 6238 time step (30-second counter) of the code, if it is the code of the step now or one either side.</summary>
    public static long? MatchingStep(string base32Key, string? code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        if (code is not { Length: 6 } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = FromBase32(base32Key);
        }
        catch (FormatException)
        {
            return null;
        }

        var typed = System.Text.Encoding.ASCII.GetBytes(code);
        var current = StepAt(now);
        long? matched = null;
        // Every step is computed (no early exit); on a (one in a million) tie the later step is kept, the safer against replay.
        for (var drift = -1; drift <= 1; drift++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(CodeAt(key, current + drift)), typed))
            {
                matched = current + drift;
            }
        }

        return matched;
    }

    /// <summary>The RFC 6238 time step at <paramref name="now"/>.</summary>
    public static long StepAt(DateTimeOffset now) => now.ToUnixTimeSeconds() / 30;

    private static string CodeAt(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("An authenticator key is base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
