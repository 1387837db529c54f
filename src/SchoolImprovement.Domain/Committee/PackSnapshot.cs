using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolImprovement.Domain.Committee;

/// <summary>
/// How a published pack is stored: its <see cref="PackContent"/> as JSON, with the SHA-256 of that JSON shown on the pack
/// so that a reader can tell two copies of the same version apart from a changed one.
/// </summary>
public static class PackSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PackContent content) => JsonSerializer.Serialize(content, Options);

    public static PackContent Deserialize(string json) =>
        JsonSerializer.Deserialize<PackContent>(json, Options) ?? throw new InvalidOperationException("The stored pack is empty.");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 JSON.</summary>
    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
