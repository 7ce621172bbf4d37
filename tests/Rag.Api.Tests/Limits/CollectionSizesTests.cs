using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data.Limits;
using Rag.Testing;

namespace Rag.Api.Tests.Limits;

/// <summary>The complexity limit's sizes of nested lists are read from each database.</summary>
public abstract class CollectionSizesTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    [Fact]
    public async Task ShouldReadTheMostChildrenAnyRecordHas()
    {
        var sizes = api.Services.GetRequiredService<CollectionSizes>();
        await sizes.RefreshAsync(CancellationToken.None);

        var findings = (await api.CreateClient().DataAsync("{ fsiLetters(first: 50) { nodes { findings { id } } } }"))["fsiLetters"]!["nodes"]!
            .AsArray().Max(l => l!["findings"]!.AsArray().Count);
        Assert.Equal(findings, sizes.Largest("FsiLetter", "findings"));
        Assert.Equal(0, sizes.Largest("LocalAuthority", "schools"));
        Assert.Null(sizes.Largest("FsiLetter", "printedName"));
    }
}

public sealed class SqliteCollectionSizesTests(SqliteApi api) : CollectionSizesTests<SqliteApi>(api);

public sealed class PostgresCollectionSizesTests(PostgresApi api) : CollectionSizesTests<PostgresApi>(api);
