using System.Diagnostics;

namespace Rag.Api.Http;

/// <summary>One structured log line per request: method, path, status, duration, the caller's name and the GraphQL
/// operation. Never the query string, headers or body: they carry API keys, queries and variables.</summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var operation = new GraphQLOperation();
        http.Features.Set(operation);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var caller = http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
            if (operation.Type is null)
                logger.LogInformation("{Method} {Path} {StatusCode} in {DurationMs:0.0} ms by {Caller}",
                    http.Request.Method, http.Request.Path.Value, http.Response.StatusCode, elapsed, caller);
            else
                logger.LogInformation("{Method} {Path} {StatusCode} in {DurationMs:0.0} ms by {Caller}: GraphQL {OperationType} {OperationName}",
                    http.Request.Method, http.Request.Path.Value, http.Response.StatusCode, elapsed, caller,
                    operation.Type, operation.Name ?? "(unnamed)");
        }
    }
}
