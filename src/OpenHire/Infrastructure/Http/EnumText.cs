using System.Text.Json;

namespace OpenHire.Infrastructure.Http;

/// <summary>Enums as the API spells them everywhere, query strings included: snake_case ("full_time").</summary>
public static class EnumText
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a snake_case value; an empty value is no filter, not an error.</summary>
    public static bool TryParse<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        foreach (var candidate in Enum.GetValues<T>())
            if (string.Equals(Name(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        return false;
    }

    /// <summary>The error for a value that is not one of <typeparamref name="T"/>'s names.</summary>
    public static string[] Expected<T>() where T : struct, Enum =>
        [$"Use one of: {string.Join(", ", Enum.GetValues<T>().Select(Name))}."];
}
