using System.Text;

namespace OpenHire.Eval;

/// <summary>Reads the Category,Resume CSV of resume_dataset.csv (RFC 4180: quoted fields may span lines).</summary>
public static class RankCsv
{
    public sealed record Row(string Category, string Resume);

    public static IReadOnlyList<Row> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var records = ParseRecords(reader).ToList();
        if (records.Count == 0) return [];
        var header = records[0];
        var categoryColumn = header.FindIndex(h => h.Trim().Equals("Category", StringComparison.OrdinalIgnoreCase));
        var resumeColumn = header.FindIndex(h => h.Trim().Equals("Resume", StringComparison.OrdinalIgnoreCase));
        if (categoryColumn < 0 || resumeColumn < 0) throw new InvalidDataException("The CSV needs the columns Category and Resume.");
        return records.Skip(1)
            .Where(r => r.Count > Math.Max(categoryColumn, resumeColumn))
            .Select(r => new Row(r[categoryColumn], r[resumeColumn]))
            .ToList();
    }

    private static IEnumerable<List<string>> ParseRecords(TextReader reader)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else inQuotes = false;
                continue;
            }
            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    if (record.Count > 1 || record[0].Length > 0) yield return record;
                    record = [];
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }
        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
