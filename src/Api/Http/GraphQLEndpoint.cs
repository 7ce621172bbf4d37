using GraphQL;
using GraphQL.Transport;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Rag.Api.GraphQL.Caching;
using Rag.Api.GraphQL.Data.Limits;

namespace Rag.Api.Http;

/// <summary>/graphql as the GraphQL-over-HTTP spec has it: GET for queries, POST with JSON, answers in
/// application/graphql-response+json or application/json by the Accept header, with the spec's status codes;
/// a browser asking for HTML gets the GraphiQL editor.</summary>
public static class GraphQLEndpoint
{
    public static IEndpointRouteBuilder MapRagGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return app;
    }

    static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        GraphQLRequestReader reader, IOptions<LimitOptions> limits, DocumentCache documents, OperationGate gate)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && MediaTypes.WantsHtml(accept))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, MediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var (request, status, error) = await reader.ReadAsync(http, limits.Value.MaxRequestBytes);
        if (request is null)
        {
            await WriteErrorAsync(http, serializer, mediaType, status, error!);
            return;
        }
        var cached = documents.Find(request.Query);
        if (cached is null)
        {
            if (!TokenCounter.WithinLimit(request.Query ?? "", limits.Value.MaxTokens))
            {
                await WriteErrorAsync(http, serializer, mediaType, RequestErrorStatus(mediaType, "TOKEN_LIMIT"),
                    $"The document has more than {limits.Value.MaxTokens} tokens.", "TOKEN_LIMIT");
                return;
            }
            if (Parse(request.Query) is { } parsed) cached = documents.Add(request.Query!, parsed, DocumentLimits.Check(parsed, limits.Value));
        }
        if (cached?.Refusal is { } refusal)
        {
            await WriteErrorAsync(http, serializer, mediaType, RequestErrorStatus(mediaType, refusal.Code), refusal.Message, refusal.Code);
            return;
        }

        var (result, body) = await RunAsync(http, executer, serializer, request, cached, limits.Value, gate);
        await using var sent = body;
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : RequestErrorStatus(mediaType, FirstCode(result));
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = HttpMethods.Post;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await body.SendAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>Executes the operation and writes its answer inside the gate, so the records are freed once written;
    /// the answer is sent outside it, at the client's pace.</summary>
    static async Task<(ExecutionResult, PooledBody)> RunAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        GraphQLRequest request, DocumentCache.Entry? cached, LimitOptions limits, OperationGate gate)
    {
        using var turn = await gate.EnterAsync(http.RequestAborted);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Document = cached?.Document;
            options.DocumentId = request.DocumentId;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
            options.UserContext[NoMutationOverGetRule.HttpMethodKey] = http.Request.Method;
        });
        return (result, await CappedResponse.SerializeAsync(serializer, result, limits.MaxResponseBytes, http.RequestAborted));
    }

    // A document that does not parse is left to the executer, which reports the syntax error as the spec asks.
    static GraphQLDocument? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        try { return new GraphQLDocumentBuilder().Build(query); }
        catch (Exception e) when (e is ExecutionError or GraphQLParser.Exceptions.GraphQLParserException) { return null; }
    }

    // A request that never executed (it could not be parsed or validated) is a 4xx in the spec's own media
    // type; application/json keeps 200 for such requests, as the spec asks, but for a mutation sent by GET.
    static int RequestErrorStatus(string mediaType, string? code) => code switch
    {
        "MUTATION_OVER_GET" => StatusCodes.Status405MethodNotAllowed,
        _ when mediaType == MediaTypes.Json => StatusCodes.Status200OK,
        "AUTH_NOT_AUTHENTICATED" => StatusCodes.Status401Unauthorized,
        "AUTH_NOT_AUTHORIZED" => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    // Our validation rules put their own code in the error's number (the code is VALIDATION_ERROR).
    static string? FirstCode(ExecutionResult result) =>
        result.Errors?.Select(e => (e as ValidationError)?.Number ?? e.Code)
            .FirstOrDefault(c => c is "MUTATION_OVER_GET" or "AUTH_NOT_AUTHENTICATED" or "AUTH_NOT_AUTHORIZED");

    static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message, string? code = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
