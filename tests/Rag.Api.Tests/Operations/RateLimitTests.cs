using System.Net;
using System.Net.Http.Headers;
using Rag.Persistence.Infrastructure;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

/// <summary>The host with a rate limit small enough to meet: 3 requests a minute per caller.</summary>
public sealed class RateLimitedApi() : RagApiFactory(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Rag:Api:RateLimit:Enabled"] = "true",
        ["Rag:Api:RateLimit:PermitLimit"] = "3",
        ["Rag:Api:RateLimit:Window"] = "00:01:00",
    };
}

public class RateLimitTests(RateLimitedApi api) : IClassFixture<RateLimitedApi>
{
    const string Query = "/graphql?query=%7B__typename%7D";

    [Fact]
    public async Task ShouldRefuseACallerOverTheLimitWith429AndRetryAfter()
    {
        var anonymous = api.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(Query)).StatusCode);

        using var refused = await anonymous.GetAsync(Query);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        // Another caller has a window of its own, and probes are never limited.
        var editor = api.CreateEditorClient();
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(Query)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }
}
