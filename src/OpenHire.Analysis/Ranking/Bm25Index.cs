namespace OpenHire.Analysis.Ranking;

/// <summary>Okapi BM25 over pre-tokenised documents; term weights in the query scale each term's contribution.</summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int>[] _termFrequencies;
    private readonly int[] _lengths;
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public Bm25Index(IReadOnlyList<IEnumerable<string>> documents)
    {
        _termFrequencies = new Dictionary<string, int>[documents.Count];
        _lengths = new int[documents.Count];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in documents[d])
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                _lengths[d]++;
            }
            foreach (var term in frequencies.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            _termFrequencies[d] = frequencies;
        }
        _averageLength = documents.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
        foreach (var (term, frequency) in documentFrequency)
            _idf[term] = Math.Log(1 + (documents.Count - frequency + 0.5) / (frequency + 0.5));
    }

    public int Count => _lengths.Length;

    public double Score(int document, IReadOnlyDictionary<string, double> weightedQuery)
    {
        var frequencies = _termFrequencies[document];
        var norm = K1 * (1 - B + B * _lengths[document] / _averageLength);
        var score = 0.0;
        foreach (var (term, weight) in weightedQuery)
        {
            if (!frequencies.TryGetValue(term, out var tf) || !_idf.TryGetValue(term, out var idf)) continue;
            score += weight * idf * tf * (K1 + 1) / (tf + norm);
        }
        return score;
    }
}
