using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Benchmarks.QuerySet;

/// <summary><c>queries [--scale 0.1] [--seed 42] [--postgres] [--iterations 100] [--queries a,b] [--sql]</c>: seeds a database of
/// its own, adds the synthetic record at the scale given, then times each query of the set over HTTP against its plain
/// EF Core + JSON baseline, interleaved, and prints a Markdown table; <c>--sql</c> prints each side's statements first.</summary>
static class QuerySetRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args);
        var (scale, seed, provider) = (options.Scale(0.1), options.Seed, options.Provider);
        var iterations = (int)options.Number("--iterations", 100);

        await using var api = await GeneratedData.StartAsync(provider == DatabaseProvider.Postgres ? (RagApiFactory)new PooledPostgresApi() : new PooledSqliteApi(), scale, seed);
        try
        {
            var client = api.CreateClient();
            var table = new StringBuilder()
                .AppendLine($"{provider}, scale {scale}, seed {seed}, {iterations} interleaved runs per query")
                .AppendLine()
                .AppendLine("| query | GraphQL median ms | p95 | req/s | KiB alloc | SQL | EF (or service)+JSON median ms | p95 | KiB alloc | SQL | ratio |")
                .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var query in options.Queries())
            {
                var row = await MeasureAsync(api, client, query, iterations, options.Flag("--sql"));
                Console.Error.WriteLine(row);
                table.AppendLine(row);
            }
            Console.WriteLine(table);
            return 0;
        }
        finally { await ((Xunit.IAsyncLifetime)api).DisposeAsync(); }
    }

    static async Task<string> MeasureAsync(RagApiFactory api, HttpClient client, BenchQuery query, int iterations, bool showSql)
    {
        async Task GraphQL()
        {
            using var response = await client.PostAsJsonAsync("/graphql", new { query = query.GraphQL });
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0)
                throw new InvalidOperationException($"{query.Name}: {Encoding.UTF8.GetString(body)}");
        }
        async Task Baseline() // through the host's own context, so the statement counter sees it too
        {
            await using var scope = api.Services.CreateAsyncScope();
            JsonSerializer.SerializeToUtf8Bytes(await query.Baseline(scope.ServiceProvider));
        }

        for (var i = 0; i < 30; i++) { await GraphQL(); await Baseline(); } // past tiered JIT
        var graphqlStatements = await CountAsync(api, GraphQL, showSql ? $"{query.Name}, GraphQL" : null);
        var baselineStatements = await CountAsync(api, Baseline, showSql ? $"{query.Name}, baseline" : null);

        List<double> graphql = [], baseline = [];
        long graphqlBytes = 0, baselineBytes = 0;
        for (var i = 0; i < iterations; i++) // interleaved, so machine noise falls on both alike
        {
            graphqlBytes += await TimeAsync(GraphQL, graphql);
            baselineBytes += await TimeAsync(Baseline, baseline);
        }
        var g = Median(graphql);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {query.Name} | {g:F2} | {P95(graphql):F2} | {1000 / g:F0} | {graphqlBytes / iterations / 1024} | {graphqlStatements} " +
            $"| {Median(baseline):F2} | {P95(baseline):F2} | {baselineBytes / iterations / 1024} | {baselineStatements} | **{g / Median(baseline):F1}×** |");
    }

    static async Task<int> CountAsync(RagApiFactory api, Func<Task> run, string? showAs)
    {
        api.Statements.Reset();
        await run();
        if (showAs is not null)
            foreach (var statement in api.Statements.Statements) Console.Error.WriteLine($"-- {showAs}\n{statement}\n");
        return api.Statements.Count;
    }

    static async Task<long> TimeAsync(Func<Task> run, List<double> samples)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await run();
        samples.Add(watch.Elapsed.TotalMilliseconds);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
    static double P95(List<double> samples) => samples.Order().ElementAt((int)(samples.Count * 0.95));
}
