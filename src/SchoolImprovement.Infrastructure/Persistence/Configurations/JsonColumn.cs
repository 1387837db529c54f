using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores a value object as JSON text: the same column type ("text") on SQLite and PostgreSQL,
/// so one hand-written migration serves both providers.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the property to a required JSON text column; chain <c>IsRequired(false)</c> for an optional one.</summary>
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
        where T : class?
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<T>(json, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                value => value == null ? value : JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));
        return property.IsRequired();
    }
}
