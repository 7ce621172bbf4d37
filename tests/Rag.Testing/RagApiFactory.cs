using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Infrastructure;
using Xunit;

namespace Rag.Testing;

/// <summary>The real host (API and portal) over a real database of its own, seeded on start as in production.</summary>
public class RagApiFactory(DatabaseProvider provider, bool pooled = false) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string EditorKey = "test-editor-key";

    public TestDatabase Database { get; private set; } = null!;
    public StatementCounter Statements { get; } = new();

    /// <summary>Settings a test class adds (limits, page sizes) before the host starts.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Work on the new database before the host starts on it (and its background jobs with it), e.g. the
    /// benchmarks' bulk load, which must not race a job's write.</summary>
    public Func<TestDatabase, Task>? BeforeStart { get; set; }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider, pooled);
        if (BeforeStart is not null) await BeforeStart(Database);
        StartHost(); // now, so that seeding is not timed inside a test
    }

    protected virtual void StartHost() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Api"));
        // A test class sends far more requests than a person would; the rate limit's own tests turn it back on.
        builder.UseSetting("Rag:Api:RateLimit:Enabled", "false");
        foreach (var (key, value) in Database.Settings.Concat(ExtraSettings)) builder.UseSetting(key, value);
        builder.UseSetting("Rag:Api:Keys:tester", EditorKey);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteRagDbContext>(o => o.AddInterceptors(Statements));
            services.ConfigureDbContext<PostgresRagDbContext>(o => o.AddInterceptors(Statements));
        });
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rag.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Rag.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A client that signs in as an editor with the configured API key.</summary>
    public HttpClient CreateEditorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EditorKey);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

public sealed class SqliteApi() : RagApiFactory(DatabaseProvider.Sqlite);

public sealed class PostgresApi() : RagApiFactory(DatabaseProvider.Postgres);

/// <summary>Connections pooled, as a deployed host has them: what the benchmarks measure.</summary>
public sealed class PooledSqliteApi() : RagApiFactory(DatabaseProvider.Sqlite, pooled: true);

/// <inheritdoc cref="PooledSqliteApi"/>
public sealed class PooledPostgresApi() : RagApiFactory(DatabaseProvider.Postgres, pooled: true);
