using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP rules: methods, media types and status codes.</summary>
public class GraphQLOverHttpTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    const string Query = "{ regions(first: 1) { nodes { name } } }";

    static HttpRequestMessage Post(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    static string Json(string query, object? variables = null, string? operationName = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)), ["operationName"] = operationName }.ToJsonString();

    async Task<(HttpStatusCode Status, string? MediaType, JsonNode Body)> Send(HttpRequestMessage request)
    {
        using var response = await api.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text)!);
    }

    [Fact]
    public async Task ShouldAnswerAPostInTheSpecsMediaTypeWhenAskedForIt()
    {
        var (status, mediaType, body) = await Send(Post(Json(Query), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/graphql-response+json", mediaType);
        Assert.Equal("London 1", (string?)body["data"]!["regions"]!["nodes"]![0]!["name"]);
    }

    [Fact]
    public async Task ShouldAnswerInApplicationJsonWhenAskedOrWhenNoAcceptIsSent()
    {
        Assert.Equal("application/json", (await Send(Post(Json(Query), "application/json"))).MediaType);
        Assert.Equal("application/json", (await Send(Post(Json(Query)))).MediaType);
    }

    [Fact]
    public async Task ShouldRefuseAnAcceptItCannotMeet() =>
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Send(Post(Json(Query), "text/csv"))).Status);

    [Fact]
    public async Task ShouldAnswerAQuerySentWithGet()
    {
        var (status, _, body) = await Send(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(Query)}"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("London 1", (string?)body["data"]!["regions"]!["nodes"]![0]!["name"]);
    }

    [Fact]
    public async Task ShouldRefuseAMutationSentWithGet()
    {
        var mutation = "mutation { deleteRegion(input: { id: \"x\", version: 0 }) { errors { __typename } } }";
        using var response = await api.CreateEditorClient().GetAsync($"/graphql?query={Uri.EscapeDataString(mutation)}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task ShouldUseVariablesAndTheNamedOperation()
    {
        const string document = """
            query First($n: Int!) { regions(first: $n) { nodes { name } } }
            query Count { regions { totalCount } }
            """;
        var (_, _, first) = await Send(Post(Json(document, new { n = 2 }, "First")));
        var (_, _, count) = await Send(Post(Json(document, operationName: "Count")));

        Assert.Equal(2, first["data"]!["regions"]!["nodes"]!.AsArray().Count);
        Assert.Equal(9, (int)count["data"]!["regions"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task ShouldAnswerADocumentThatDoesNotParseAsTheMediaTypeRequires(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await Send(Post(Json("{ regions { "), accept));

        Assert.Equal(expected, status);
        Assert.Null(body["data"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task ShouldAnswerADocumentThatDoesNotValidateAsTheMediaTypeRequires(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await Send(Post(Json("{ regions { nodes { colour } } }"), accept));

        Assert.Equal(expected, status);
        Assert.Contains("colour", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task ShouldAnswerAPartlyFailedExecutionWith200DataAndErrors()
    {
        var (status, _, body) = await Send(Post(Json("{ regions(first: 1) { nodes { name } } fsiLetters(after: \"not-a-cursor\") { totalCount } }"),
            "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("London 1", (string?)body["data"]!["regions"]!["nodes"]![0]!["name"]);
        Assert.Contains("not a cursor", (string?)body["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("not json at all", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\": \"{ regions { totalCount } }\"}", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    public async Task ShouldRefuseABodyThatIsNotAGraphQLRequest(string body, string contentType, HttpStatusCode expected)
    {
        var (status, _, answer) = await Send(Post(body, contentType: contentType));

        Assert.Equal(expected, status);
        Assert.NotEmpty(answer["errors"]!.AsArray());
    }

    [Fact]
    public async Task ShouldServeTheGraphQLEditorToABrowser()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var response = await api.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/lib/graphiql/graphiql.min.js", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task ShouldAnswerIntrospection()
    {
        var (_, _, body) = await Send(Post(Json("{ __schema { queryType { name } mutationType { name } } }")));

        Assert.Equal("Query", (string?)body["data"]!["__schema"]!["queryType"]!["name"]);
        Assert.Equal("Mutation", (string?)body["data"]!["__schema"]!["mutationType"]!["name"]);
    }
}
