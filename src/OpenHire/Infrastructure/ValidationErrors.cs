namespace OpenHire.Infrastructure;

/// <summary>Collects per-field messages for a ValidationProblem response.</summary>
public sealed class ValidationErrors
{
    readonly Dictionary<string, List<string>> errors = [];

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value?.Length > max) Add(field, $"At most {max} characters.");
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
