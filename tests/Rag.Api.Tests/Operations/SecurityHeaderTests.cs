using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Rag.Testing;

namespace Rag.Api.Tests.Operations;

public class SecurityHeaderTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/graphql?query=%7B")]              // a refused request
    [InlineData("/lib/graphiql/graphiql.min.js")]   // a static asset
    [InlineData("/health/live")]
    [InlineData("/no-such-page")]
    public async Task ShouldSendTheSecurityHeadersOnEveryResponse(string path)
    {
        using var response = await api.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self' 'nonce-[^']+'(;|$)", csp); // no 'unsafe-inline' for scripts
    }

    [Fact]
    public async Task ShouldLetOnlyGraphiQLsOwnInlineScriptRun()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.GetAsync("/graphql");
        var html = await response.Content.ReadAsStringAsync();

        var nonce = Regex.Match(Header(response, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", html);
        Assert.Equal(1, Regex.Count(html, "<script>|<script nonce")); // every other script is a file from /lib
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage!.RequestUri}");
}
