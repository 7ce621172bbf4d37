using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Rag.Persistence;
using Rag.Persistence.Infrastructure;

namespace Rag.Testing;

/// <summary>A real, empty database of its own for one test class: a SQLite file, or a fresh database on the
/// PostgreSQL server named by RAG_TEST_POSTGRES, or on a throwaway server started for the run.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RAG_TEST_POSTGRES";

    readonly Func<Task> drop;

    TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
        Settings = new Dictionary<string, string?>
        {
            ["Rag:Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Rag"] = connectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        // As a host has it: the editing core's citation check reads where the source documents are from configuration.
        Services = new ServiceCollection()
            .AddLogging(l => l.AddProvider(NullLoggerProvider.Instance))
            .AddSingleton<IConfiguration>(configuration)
            .AddRagPersistence(configuration)
            .BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The configuration that points a host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public ServiceProvider Services { get; }

    /// <param name="pooled">Whether connections are pooled, as a deployed host's are: the benchmarks want that; tests
    /// leave it off, so that dozens of test databases hold no idle connections or open files.</param>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool pooled = false) =>
        provider == DatabaseProvider.Postgres ? PostgresAsync(pooled) : Task.FromResult(Sqlite(pooled));

    public static TestDatabase Sqlite(bool pooled = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rag-test-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = pooled }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Sqlite, connection, () =>
        {
            if (pooled) SqliteConnection.ClearPool(new SqliteConnection(connection));
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    public static async Task<TestDatabase> PostgresAsync(bool pooled = false)
    {
        var server = await ThrowawayPostgres.ConnectionStringAsync();
        var name = $"rag_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            try { await admin.OpenAsync(); }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"No PostgreSQL server answers at {server} ({PostgresVariable}).", e);
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = pooled }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connection, async () =>
        {
            if (pooled) NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }

    /// <summary>Migrates and seeds, as the host does on start.</summary>
    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Runs <paramref name="work"/> with a context of its own, as one request would.</summary>
    public async Task<T> WithContextAsync<T>(Func<RagDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RagDbContext>());
    }

    public Task WithContextAsync(Func<RagDbContext, Task> work) =>
        WithContextAsync(async db => { await work(db); return true; });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await drop();
    }
}
