using System.Globalization;

namespace OpenHire.Features.Search;

/// <summary>The cursor of relevance order: the last score shown and its candidate ("score_candidate").</summary>
static class RelevanceCursor
{
    public static string Format(double score, Guid candidateId) => $"{score.ToString("R", CultureInfo.InvariantCulture)}_{candidateId}";

    public static bool TryParse(string cursor, out double score, out Guid candidateId)
    {
        (score, candidateId) = (0, Guid.Empty);
        var parts = cursor.Split('_');
        return parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out score)
            && Guid.TryParse(parts[1], out candidateId);
    }
}
