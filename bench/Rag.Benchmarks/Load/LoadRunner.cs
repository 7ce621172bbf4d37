using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Rag.Benchmarks.Generation;
using Rag.Benchmarks.QuerySet;
using Rag.Persistence.Infrastructure;

namespace Rag.Benchmarks.Load;

/// <summary><c>load [--scale 0.1] [--seed 42] [--postgres] [--seconds 20] [--clients 8,32]</c>: the real server on
/// loopback over generated data, then for each number of concurrent clients, a time-bounded run of the query set's
/// GraphQL documents in turn; throughput, median and p95, then the process's memory after a full collection.</summary>
static class LoadRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scale = GenerateCommand.Option(args, "--scale", 0.1);
        var seed = (int)GenerateCommand.Option(args, "--seed", 42);
        var seconds = GenerateCommand.Option(args, "--seconds", 20);
        var at = Array.IndexOf(args, "--clients");
        var levels = at >= 0 && at + 1 < args.Length ? args[at + 1].Split(',').Select(int.Parse).ToArray() : [8, 32];
        var provider = args.Contains("--postgres") ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        await using var api = new KestrelApi(provider);
        await ((Xunit.IAsyncLifetime)api).InitializeAsync();
        try
        {
            var generated = await api.Database.WithContextAsync(db => SyntheticData.GenerateAsync(db, scale, seed, new QuerySetRunner.Silent()));
            Console.Error.WriteLine($"generated at scale {scale} (seed {seed}) in {generated.TotalSeconds:F0} s; server at {api.ClientOptions.BaseAddress}");
            using var client = api.CreateClient();
            client.Timeout = TimeSpan.FromMinutes(2);
            var documents = BenchQueries.All.Select(q => q.GraphQL).ToArray();

            var table = new StringBuilder()
                .AppendLine($"{provider}, scale {scale}, seed {seed}, Kestrel on loopback, {seconds:F0} s per level, the {documents.Length} queries of the set in turn")
                .AppendLine()
                .AppendLine("| clients | requests | errors | req/s | median ms | p95 ms | max ms |")
                .AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
            await RunLevelAsync(client, documents, 2, TimeSpan.FromSeconds(Math.Min(5, seconds))); // warm-up, not reported
            foreach (var clients in levels)
            {
                var row = await RunLevelAsync(client, documents, clients, TimeSpan.FromSeconds(seconds));
                Console.Error.WriteLine(row);
                table.AppendLine(row);
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var info = GC.GetGCMemoryInfo();
            table.AppendLine()
                .AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"Memory after the run (one process holds the server and the load's clients): working set {process.WorkingSet64 / 1048576.0:F0} MB, " +
                    $"GC heap {info.HeapSizeBytes / 1048576.0:F0} MB after a full collection (committed {info.TotalCommittedBytes / 1048576.0:F0} MB), " +
                    $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB."));
            Console.WriteLine(table);
            return 0;
        }
        finally { await ((Xunit.IAsyncLifetime)api).DisposeAsync(); }
    }

    static async Task<string> RunLevelAsync(HttpClient client, string[] documents, int clients, TimeSpan duration)
    {
        var samples = new List<double>[clients];
        var errors = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = samples[worker] = [];
            for (var i = worker; watch.Elapsed < duration; i++) // each client starts at a different query
            {
                var started = watch.Elapsed;
                try
                {
                    using var response = await client.PostAsJsonAsync("/graphql", new { query = documents[i % documents.Length] });
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"errors\""u8) >= 0) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                mine.Add((watch.Elapsed - started).TotalMilliseconds);
            }
        }));
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {clients} | {all.Count} | {errors} | {all.Count / elapsed:F1} | {all[all.Count / 2]:F0} | {all[(int)(all.Count * 0.95)]:F0} | {all[^1]:F0} |");
    }
}
