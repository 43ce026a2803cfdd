using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenHire.Data;

/// <summary>
/// Stores a whole immutable document (a parsed profile, its corrections) as one JSON text column:
/// it is always read and replaced whole, never queried inside.
/// </summary>
static class JsonColumn
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ValueConverter<T?, string?> Converter<T>() where T : class =>
        new(v => v == null ? null : JsonSerializer.Serialize(v, Options), s => s == null ? null : JsonSerializer.Deserialize<T>(s, Options));

    /// <summary>Documents are replaced, never changed in place, so a reference comparison finds every change.</summary>
    public static ValueComparer<T?> Comparer<T>() where T : class =>
        new((a, b) => ReferenceEquals(a, b), v => v == null ? 0 : v.GetHashCode(), v => v);
}
