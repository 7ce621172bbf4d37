using System.Net;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

/// <summary>A host of its own: its test takes the database away.</summary>
public sealed class HealthApi() : RagApiFactory(DatabaseProvider.Sqlite);

public class HealthTests(HealthApi api) : IClassFixture<HealthApi>
{
    [Fact]
    public async Task ShouldBeReadyOnlyWhileTheDatabaseCanBeRead()
    {
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // The file goes; SQLite would open a new, empty one, which has none of Rag's tables.
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(api.Database.ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);

        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
