using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Features.Search;

namespace OpenHire.SearchBench;

/// <summary>Runs every kind of query <c>runs</c> times in a shuffled order, one at a time, each in its own scope like a request, and prints percentiles.</summary>
static class QueryRunner
{
    const int PageSize = 25;

    public static async Task RunAsync(IServiceProvider services, Guid orgId, int runs, int seed)
    {
        var rng = new Random(seed);
        var plan = QueryMix.Kinds.SelectMany(k => Enumerable.Repeat(k, runs)).OrderBy(_ => rng.Next()).ToList();
        // Warm-up: JIT, connection pool, and the database's pages into memory.
        foreach (var kind in QueryMix.Kinds)
            for (var i = 0; i < 5; i++) await TimeAsync(services, orgId, kind.Build(rng));

        var times = QueryMix.Kinds.ToDictionary(k => k.Kind, _ => new List<double>());
        var found = QueryMix.Kinds.ToDictionary(k => k.Kind, _ => new List<int>());
        var pages = new List<double>();
        var relevancePages = new List<double>();
        foreach (var (kind, inMix, build) in plan)
        {
            var query = build(rng);
            var (ms, page) = await TimeAsync(services, orgId, query);
            times[kind].Add(ms);
            found[kind].Add(page.Items.Count);
            // Now and then the next page, as a recruiter scrolling on.
            if (page.NextCursor is not null && rng.NextDouble() < 0.1)
                (inMix ? pages : relevancePages).Add((await TimeAsync(services, orgId, query, page.NextCursor)).Ms);
        }

        Console.WriteLine($"{"query",-26} {"runs",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"found",6}");
        foreach (var (kind, _, _) in QueryMix.Kinds)
            Print(kind, times[kind], $"{found[kind].Average(),6:N1}");
        Print("next page (cursor)", pages, "");
        Print("next page, relevance", relevancePages, "");
        var mix = QueryMix.Kinds.Where(k => k.InMix).SelectMany(k => times[k.Kind]).Concat(pages).ToList();
        Print("MIX (all but relevance)", mix, "");
    }

    static async Task<(double Ms, OpenHire.Infrastructure.Http.Page<CandidateMatch> Page)> TimeAsync(IServiceProvider services, Guid orgId, CandidateSearchQuery query, string? cursor = null)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ICandidateSearch>();
        var page = await search.SearchAsync(orgId, query, cursor, PageSize, default)
            ?? throw new InvalidOperationException("The search refused its own cursor.");
        return (clock.Elapsed.TotalMilliseconds, page);
    }

    static void Print(string kind, List<double> ms, string found)
    {
        if (ms.Count == 0) return;
        ms.Sort();
        Console.WriteLine($"{kind,-26} {ms.Count,5} {Percentile(ms, 50),8:N1} {Percentile(ms, 95),8:N1} {Percentile(ms, 99),8:N1} {ms[^1],8:N1} {found}");
    }

    static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
