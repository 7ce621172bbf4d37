using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Http;

/// <summary>Odd requests get the spec's answer and never a glimpse of the server's internals.</summary>
public class OddRequestTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    async Task<(HttpStatusCode Status, string? MediaType, string Body)> Post(string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await api.CreateClient().SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShouldGiveTheSpecsValidationErrorForADuplicatedFragmentName()
    {
        var answer = await api.CreateClient().PostAsync(
            "{ regions { ...F } } fragment F on RegionConnection { totalCount } fragment F on RegionConnection { totalCount }");

        Assert.Contains("5.5.1.1", answer.Codes());
        Assert.Contains("one fragment named 'F'", (string?)answer["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{\"query\": 5}")]
    [InlineData("{\"query\": \"{ regions { totalCount } }\", \"variables\": [1]}")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"query\": \"{ regions { totalCount } }\",")]
    public async Task ShouldNotNameAnInternalTypeForABadBody(string body)
    {
        var (status, _, text) = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not a GraphQL request", text);
        Assert.DoesNotContain("GraphQL.", text);
        Assert.DoesNotContain("System.", text);
    }

    [Fact]
    public async Task ShouldAnswerAClientThatAcceptsAnythingInApplicationJson()
    {
        var (status, mediaType, _) = await Post("{\"query\": \"{ regions { totalCount } }\"}", "*/*");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
    }
}
