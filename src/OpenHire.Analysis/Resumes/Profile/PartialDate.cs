using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenHire.Analysis.Resumes.Profile;

/// <summary>A date as resumes give it: a year, and a month when one is written. In JSON: "2019-03" or "2019".</summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate(int Year, int? Month = null) : IComparable<PartialDate>
{
    /// <summary>"2019-03", or "2019" when no month was given (the corpus label format).</summary>
    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    /// <summary>Months since year 0; a missing month counts as January for starts and December for ends.</summary>
    public int ToMonthIndex(bool asEnd = false) => Year * 12 + ((Month ?? (asEnd ? 12 : 1)) - 1);

    public int CompareTo(PartialDate other) => ToMonthIndex().CompareTo(other.ToMonthIndex());

    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (!int.TryParse(parts[0], out var year) || year is < 1900 or > 2100) return false;
        if (parts.Length == 1) { date = new PartialDate(year); return true; }
        if (parts.Length == 2 && int.TryParse(parts[1], out var month) && month is >= 1 and <= 12)
        {
            date = new PartialDate(year, month);
            return true;
        }
        return false;
    }
}

/// <summary>Writes a <see cref="PartialDate"/> as its text and reads it back; anything else is a JSON error.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var date)
            ? date
            : throw new JsonException("Expected a date as \"YYYY-MM\" or \"YYYY\".");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
