using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Transitions;
using Rag.Persistence.Analysis.Wording;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

/// <summary>SQLite and PostgreSQL give the same answers, record for record (IDs aside: each database numbers its own rows in import order, the same on both).</summary>
[Collection(PostgresAnalysis.Name)]
public sealed class ProviderAgreementTests(SeededPostgres postgres, SeededSqlite sqlite) : IClassFixture<SeededSqlite>
{
    async Task<string> On<TService>(SeededDatabase database, Func<TService, Task<object>> work) where TService : notnull
    {
        await using var scope = database.Database.Services.CreateAsyncScope();
        return JsonSerializer.Serialize(await work(scope.ServiceProvider.GetRequiredService<TService>()));
    }

    async Task Same<TService>(Func<TService, Task<object>> work) where TService : notnull
    {
        var onSqlite = await On(sqlite, work);
        Assert.NotEqual("[]", onSqlite);
        Assert.Equal(onSqlite, await On(postgres, work));
    }

    [Fact]
    public Task ShouldSearchAlike() => Same<TextSearch>(async s => await s.SearchAsync(new SearchFilter { Query = "schools \"support and challenge\"", Limit = 1000 }));

    [Fact]
    public Task ShouldSearchSingleWordsAlike() => Same<TextSearch>(async s => await s.SearchAsync(new SearchFilter { Query = "LA's headteachers data", Limit = 1000 }));

    [Fact]
    public Task ShouldBuildTheMatrixAlike() => Same<ComparisonMatrix>(async s => await s.BuildAsync(new FindingFilter { Words = "governors" }));

    [Fact]
    public Task ShouldCountTransitionsAlike() => Same<GradeTransitions>(async s => await s.BuildAsync(new LetterFilter()));

    [Fact]
    public Task ShouldFindRecurringWordingAlike() => Same<RecurringWording>(async s => await s.FindAsync(new WordingFilter()));

    [Fact]
    public Task ShouldFindSimilarLasAlike() => Same<SimilarLocalAuthorities>(async s => await s.FindAsync(new SimilarityFilter()));
}
