using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace Rag.Api.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, or says what is wrong with it.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public sealed record Outcome(GraphQLRequest? Request, int Status = 200, string? Error = null);

    public async Task<Outcome> ReadAsync(HttpContext http, long maxBytes)
    {
        if (HttpMethods.IsGet(http.Request.Method))
            return FromQueryString(http.Request.Query);

        if (!(http.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return new(null, StatusCodes.Status415UnsupportedMediaType, "A POST to /graphql must have Content-Type: application/json.");
        if (http.Request.ContentLength > maxBytes)
            return TooLarge(maxBytes);

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        using var body = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(new LimitedStream(body, maxBytes), http.RequestAborted);
        }
        catch (Exception e) when (e is LimitedStream.TooLargeException or BadHttpRequestException)
        {
            return TooLarge(maxBytes);
        }

        try
        {
            body.Position = 0;
            var request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
            return request is null || string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null
                ? new(null, StatusCodes.Status400BadRequest, "The request has no query.")
                : new(request);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The request body is not a GraphQL request in JSON" + Where(e) + ".");
        }
    }

    Outcome FromQueryString(IQueryCollection query)
    {
        if (string.IsNullOrWhiteSpace(query["query"]))
            return new(null, StatusCodes.Status400BadRequest, "A GET to /graphql needs a query parameter.");
        try
        {
            return new(new GraphQLRequest
            {
                Query = query["query"],
                OperationName = string.IsNullOrEmpty(query["operationName"]) ? null : query["operationName"].ToString(),
                Variables = string.IsNullOrEmpty(query["variables"]) ? null : serializer.Deserialize<Inputs>(query["variables"]),
                Extensions = string.IsNullOrEmpty(query["extensions"]) ? null : serializer.Deserialize<Inputs>(query["extensions"]),
            });
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return new(null, StatusCodes.Status400BadRequest, "variables and extensions must be JSON objects" + Where(e) + ".");
        }
    }

    // Where the JSON went wrong, never the exception's own message: that names the server's internal types
    // (GraphQL.Transport.GraphQLRequest, System.Int32).
    static string Where(Exception e) => e switch
    {
        JsonException { Path: { Length: > 1 } path } => $" (at {(path.Length > 80 ? path[..80] + "…" : path)})",
        JsonException { LineNumber: { } line, BytePositionInLine: { } position } => $" (line {line + 1}, byte {position + 1})",
        _ => "",
    };

    static Outcome TooLarge(long maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes} bytes allowed.");
}
