using System.Diagnostics.Tracing;
using System.Net.Http.Json;
using Rag.Benchmarks.QuerySet;
using Rag.Testing;

namespace Rag.Benchmarks.Profile;

/// <summary><c>allocations [--scale 0.1] [--query "500 findings"] [--iterations 200]</c>: which types a query's GraphQL
/// requests allocate, sampled by the runtime's allocation ticks (one per ~100 KB), the largest first. Where
/// "measure first" starts for the per-request overhead.</summary>
static class AllocationProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchArguments(args);
        var (scale, seed) = (options.Scale(0.1), options.Seed);
        var iterations = (int)options.Number("--iterations", 200);
        var query = options.Text("--query") is null ? BenchQueries.All.First(q => q.Name.Contains("500 findings")) : options.Queries("--query")[0];

        await using var api = await GeneratedData.StartAsync(new PooledSqliteApi(), scale, seed);
        try
        {
            var client = api.CreateClient();
            async Task Run()
            {
                using var response = await client.PostAsJsonAsync("/graphql", new { query = query.GraphQL });
                await response.Content.ReadAsByteArrayAsync();
            }
            for (var i = 0; i < 30; i++) await Run();

            using var ticks = new AllocationTicks();
            for (var i = 0; i < iterations; i++) await Run();
            var total = ticks.ByType.Values.Sum();
            Console.WriteLine($"{query.Name}: {iterations} requests, {total / 1024 / iterations} KiB sampled per request");
            foreach (var (type, bytes) in ticks.ByType.OrderByDescending(t => t.Value).Take(40))
                Console.WriteLine($"{bytes * 100.0 / total,5:F1}%  {bytes / 1024 / iterations,6} KiB/req  {type}");
            return 0;
        }
        finally { await ((Xunit.IAsyncLifetime)api).DisposeAsync(); }
    }

    sealed class AllocationTicks : EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
            var type = (string?)e.Payload[e.PayloadNames!.IndexOf("TypeName")] ?? "?";
            var bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
            lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + bytes;
        }
    }
}
