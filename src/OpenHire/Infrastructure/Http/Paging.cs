namespace OpenHire.Infrastructure.Http;

/// <summary>One page of a list; pass NextCursor back as ?cursor= for the next one (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// Cursor paging over UUIDv7 ids, which sort by creation time: newest first is "id descending",
/// and the cursor is the last id seen. Stable under inserts, unlike offsets.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static bool TryParse(string? cursor, int? limit, out Guid? after, out int take, out Dictionary<string, string[]> errors)
    {
        errors = [];
        after = null;
        take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit) errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        if (cursor is not null)
        {
            if (Guid.TryParse(cursor, out var id)) after = id;
            else errors["cursor"] = ["The cursor is not one this API returned; start again without it."];
        }
        return errors.Count == 0;
    }

    /// <summary>Builds the page from up to take+1 rows fetched: the extra row only says there is more.</summary>
    public static Page<TOut> ToPage<TIn, TOut>(List<TIn> rows, int take, Func<TIn, Guid> id, Func<TIn, TOut> map) =>
        new(rows.Take(take).Select(map).ToList(), rows.Count > take ? id(rows[take - 1]).ToString() : null);
}
