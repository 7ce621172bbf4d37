using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rag.Persistence;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class MigrateOnStartTests
{
    [Fact]
    public async Task ShouldRefuseToStartOnAnUnmigratedDatabaseWhenMigrationIsOff()
    {
        await using var database = TestDatabase.Sqlite();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => InitializeAsync(database, migrateOnStart: false));

        Assert.Contains("Rag:Database:MigrateOnStart", refusal.Message);
        Assert.Contains("migration", refusal.Message);
    }

    [Fact]
    public async Task ShouldStartOnAMigratedDatabaseWhenMigrationIsOff()
    {
        await using var database = TestDatabase.Sqlite();
        await InitializeAsync(database, migrateOnStart: true);

        await InitializeAsync(database, migrateOnStart: false);

        Assert.Equal(17, await database.WithContextAsync(db => Task.FromResult(db.FsiLetters.Count())));
    }

    static async Task InitializeAsync(TestDatabase database, bool migrateOnStart)
    {
        var settings = database.Settings.Append(new("Rag:Database:MigrateOnStart", migrateOnStart.ToString()));
        await using var services = new ServiceCollection()
            .AddLogging(l => l.AddProvider(NullLoggerProvider.Instance))
            .AddRagPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
