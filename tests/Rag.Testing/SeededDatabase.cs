using Rag.Persistence.Infrastructure;
using Xunit;

namespace Rag.Testing;

/// <summary>A class fixture: one seeded database shared by the tests of a class that only read it.</summary>
public abstract class SeededDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        await Database.InitializeAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class SeededSqlite() : SeededDatabase(DatabaseProvider.Sqlite);

public sealed class SeededPostgres() : SeededDatabase(DatabaseProvider.Postgres);
