using Microsoft.Extensions.Options;
using Rag.Api.GraphQL.Data.Limits;
using Rag.Api.Http;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

/// <summary>The host letting one GraphQL operation execute at a time.</summary>
public sealed class OneAtATimeApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:Limits:MaxConcurrentOperations"] = "1",
    };
}

/// <summary>Operations beyond the concurrency limit wait their turn, oldest first; none is refused.</summary>
public class OperationGateTests(OneAtATimeApi api) : IClassFixture<OneAtATimeApi>
{
    [Fact]
    public async Task ShouldLetTheLimitInAtOnceAndTheRestInTurnAsTheyLeave()
    {
        using var gate = new OperationGate(Options.Create(new LimitOptions { MaxConcurrentOperations = 2 }));
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);
        var third = gate.EnterAsync(CancellationToken.None);
        var fourth = gate.EnterAsync(CancellationToken.None);

        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        first.Dispose();
        using var thirdTurn = await third.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(fourth.IsCompleted); // second and third hold the two turns
        second.Dispose();
        (await fourth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task ShouldAnswerEveryOneOfManyConcurrentRequestsWhenOnlyOneMayExecute()
    {
        var client = api.CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            client.DataAsync("{ fsiLetters(first: 17) { totalCount nodes { printedName findings { text } } } }")));

        Assert.All(answers, a => Assert.Equal(17, (int)a["fsiLetters"]!["totalCount"]!));
    }

    [Fact]
    public async Task ShouldGiveUpTheWaitOfACallerWhoLeaves()
    {
        using var gate = new OperationGate(Options.Create(new LimitOptions { MaxConcurrentOperations = 1 }));
        using var held = await gate.EnterAsync(CancellationToken.None);
        using var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(leaving.Token));
    }
}
