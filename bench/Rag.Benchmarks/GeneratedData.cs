using Rag.Benchmarks.Generation;
using Rag.Testing;

namespace Rag.Benchmarks;

/// <summary>What every measuring command starts from: a database of its own, seeded as a host seeds it, with the
/// synthetic record added at the scale asked for, and the request log quiet so it does not drown the tables.</summary>
static class GeneratedData
{
    /// <summary>Seeds and fills <paramref name="api"/>'s database, then starts its host on it: the bulk load never
    /// races the host's background jobs (a lapse job's write once locked the load out).</summary>
    public static async Task<T> StartAsync<T>(T api, double scale, int seed) where T : RagApiFactory
    {
        QuietLog();
        api.BeforeStart = database => FillAsync(database, scale, seed);
        await ((Xunit.IAsyncLifetime)api).InitializeAsync();
        return api;
    }

    public static void QuietLog() => Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

    /// <summary>Migrates and seeds the database as a host would, then adds the synthetic record.</summary>
    public static async Task FillAsync(TestDatabase database, double scale, int seed)
    {
        await database.InitializeAsync();
        var generated = await database.WithContextAsync(db => SyntheticData.GenerateAsync(db, scale, seed, new Silent()));
        Console.Error.WriteLine($"generated at scale {scale} (seed {seed}) in {generated.TotalSeconds:F0} s");
    }

    sealed class Silent : SyntheticData.IProgress
    {
        public Action<int> Start(string table, int expected) => _ => { };
    }
}
