using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Rag.Benchmarks.QuerySet;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Benchmarks.Load;

/// <summary><c>load [--scale 0.1] [--seed 42] [--postgres] [--seconds 20] [--clients 8,32] [--process] [--queries a,b]</c>: the real
/// server on loopback over generated data, then for each number of concurrent clients, a time-bounded run of the
/// query set's GraphQL documents in turn: throughput, median and p95 overall and per query, then the server's memory.
/// With <c>--process</c> the server is a process of its own, so its memory is the server's alone; without, it runs
/// inside the bench (WebApplicationFactory on Kestrel) and the figure includes the clients and the generator.</summary>
static class LoadRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args);
        var (scale, seed, provider) = (options.Scale(0.1), options.Seed, options.Provider);
        var seconds = options.Number("--seconds", 20);
        var levels = options.Text("--clients")?.Split(',').Select(int.Parse).ToArray() ?? [8, 32];
        var separate = options.Flag("--process");
        var queries = options.Queries();

        GeneratedData.QuietLog();
        var target = separate ? await SeparateAsync(provider, scale, seed) : await InProcessAsync(provider, scale, seed);
        try
        {
            using var client = new HttpClient { BaseAddress = target.Address, Timeout = TimeSpan.FromMinutes(2) };
            var table = new StringBuilder()
                .AppendLine($"{provider}, scale {scale}, seed {seed}, Kestrel on loopback ({(separate ? "the server a process of its own" : "in the bench's process")}), " +
                            $"{seconds:F0} s per level, {(queries.Count == BenchQueries.All.Count ? "the" : "these")} {queries.Count} queries of the set in turn")
                .AppendLine()
                .AppendLine("| clients | requests | errors | req/s | median ms | p95 ms | max ms |")
                .AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
            await RunLevelAsync(client, queries, 2, TimeSpan.FromSeconds(Math.Min(5, seconds))); // warm-up, not reported
            var perQuery = new StringBuilder()
                .AppendLine()
                .AppendLine($"Per query: median / p95 ms at {string.Join(" and ", levels)} clients")
                .AppendLine()
                .AppendLine($"| query | {string.Join(" | ", levels.Select(l => $"{l} clients"))} |")
                .AppendLine($"|---|{string.Join("", levels.Select(_ => "---:|"))}");
            var byQuery = queries.ToDictionary(q => q.Name, _ => new List<string>());
            foreach (var clients in levels)
            {
                var level = await RunLevelAsync(client, queries, clients, TimeSpan.FromSeconds(seconds));
                var all = level.SelectMany(s => s.Value).Order().ToList();
                var row = string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {all.Count} | {level.Errors} | {all.Count / level.Seconds:F1} | {all[all.Count / 2]:F0} | {all[(int)(all.Count * 0.95)]:F0} | {all[^1]:F0} |");
                Console.Error.WriteLine(row);
                table.AppendLine(row);
                foreach (var (name, samples) in level)
                {
                    var sorted = samples.Order().ToList();
                    byQuery[name].Add(sorted.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{sorted[sorted.Count / 2]:F0} / {sorted[(int)(sorted.Count * 0.95)]:F0}"));
                }
            }
            foreach (var (name, cells) in byQuery) perQuery.AppendLine($"| {name} | {string.Join(" | ", cells)} |");
            table.Append(perQuery).AppendLine().AppendLine(await target.Memory());
            Console.WriteLine(table);
            return 0;
        }
        finally { await target.DisposeAsync(); }
    }

    /// <summary>Where the load goes, what its memory is after the run, and how to stop it.</summary>
    sealed record Target(Uri Address, Func<Task<string>> Memory, Func<ValueTask> Dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Dispose();
    }

    static async Task<Target> InProcessAsync(DatabaseProvider provider, double scale, int seed)
    {
        var api = await GeneratedData.StartAsync(new KestrelApi(provider), scale, seed);
        return new Target(api.ClientOptions.BaseAddress, () =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var info = GC.GetGCMemoryInfo();
            return Task.FromResult(string.Create(CultureInfo.InvariantCulture,
                $"Memory after the run (one process holds the server and the load's clients): working set {process.WorkingSet64 / 1048576.0:F0} MB, " +
                $"GC heap {info.HeapSizeBytes / 1048576.0:F0} MB after a full collection (committed {info.TotalCommittedBytes / 1048576.0:F0} MB), " +
                $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB."));
        }, () => new ValueTask(((Xunit.IAsyncLifetime)api).DisposeAsync()));
    }

    static readonly TimeSpan QuietWait = TimeSpan.FromSeconds(6);

    static async Task<Target> SeparateAsync(DatabaseProvider provider, double scale, int seed)
    {
        var database = await TestDatabase.CreateAsync(provider, pooled: true);
        await GeneratedData.FillAsync(database, scale, seed);
        var server = await ServerProcess.StartAsync(database);
        return new Target(server.Address, async () =>
        {
            var (resident, peak, anonymous) = server.Memory();
            await Task.Delay(QuietWait); // the server gives memory back once quiet for one of its 2-second checks
            var (quiet, _, quietAnonymous) = server.Memory();
            return string.Create(CultureInfo.InvariantCulture,
                $"The server's memory right after the run (its own process, no collection forced): resident {resident:F0} MB " +
                $"({anonymous:F0} MB of it heap and stacks, the rest mapped files), peak {peak:F0} MB; " +
                $"after {QuietWait.TotalSeconds:F0} s quiet: resident {quiet:F0} MB ({quietAnonymous:F0} MB heap and stacks).");
        }, async () =>
        {
            await server.DisposeAsync();
            await database.DisposeAsync();
        });
    }

    sealed class Level : Dictionary<string, List<double>>
    {
        public int Errors;
        public double Seconds;
    }

    static async Task<Level> RunLevelAsync(HttpClient client, IReadOnlyList<BenchQuery> queries, int clients, TimeSpan duration)
    {
        var samples = new List<(int Query, double Ms)>[clients];
        var level = new Level();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = samples[worker] = [];
            for (var i = worker; watch.Elapsed < duration; i++) // each client starts at a different query
            {
                var query = i % queries.Count;
                var started = watch.Elapsed;
                try
                {
                    using var response = await client.PostAsJsonAsync("/graphql", new { query = queries[query].GraphQL });
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0) Interlocked.Increment(ref level.Errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref level.Errors); }
                mine.Add((query, (watch.Elapsed - started).TotalMilliseconds));
            }
        }));
        level.Seconds = watch.Elapsed.TotalSeconds;
        foreach (var (query, name) in queries.Select((q, i) => (i, q.Name)))
            level[name] = samples.SelectMany(s => s).Where(s => s.Query == query).Select(s => s.Ms).ToList();
        return level;
    }
}
