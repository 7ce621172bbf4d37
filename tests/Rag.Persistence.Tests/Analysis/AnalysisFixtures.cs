using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

[CollectionDefinition(Name)]
public sealed class SqliteAnalysis : ICollectionFixture<SeededSqlite> { public const string Name = "Analysis on SQLite"; }

[CollectionDefinition(Name)]
public sealed class PostgresAnalysis : ICollectionFixture<SeededPostgres> { public const string Name = "Analysis on PostgreSQL"; }

/// <summary>Runs a query service against the seeded database, in a scope of its own as one request would.</summary>
public abstract class AnalysisTest<TDatabase>(TDatabase fixture) where TDatabase : SeededDatabase
{
    protected async Task<T> Run<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected Task<int> LaId(string name) =>
        fixture.Database.WithContextAsync(db => db.LocalAuthorities.Where(la => la.Name == name).Select(la => la.Id).SingleAsync());

    protected Task<int> HeadingId(string name) =>
        fixture.Database.WithContextAsync(db => db.FsiHeadings.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    protected Task<int> RegionId(string name) =>
        fixture.Database.WithContextAsync(db => db.Regions.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

    protected TDatabase Fixture => fixture;
}
