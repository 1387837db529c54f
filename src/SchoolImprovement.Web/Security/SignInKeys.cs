using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace SchoolImprovement.Web.Security;

/// <summary>How throttling and lockout name an account and a client address.</summary>
public static class SignInKeys
{
    /// <summary>The email as typed, trimmed and lower-cased, hashed (SHA-256, hex), so no typed address is kept.</summary>
    public static string Account(string? email)
    {
        var normalised = (email ?? "").Trim().ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    /// <summary>
    /// The client address: IPv4 as it is, IPv6 by its /64 (one household or server holds a whole
    /// /64), "unknown" when the server has none. Behind a proxy this needs forwarded headers (operations.md).
    /// </summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
