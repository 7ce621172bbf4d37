using GraphQL;

namespace Rag.Api.Http;

/// <summary>Serializes an answer up to <c>Rag:Api:Limits:MaxResponseBytes</c>. Serializing stops as soon as the
/// limit is passed, and the answer becomes one RESPONSE_LIMIT error, so no request can make the server send
/// tens of megabytes. The caller sends the body and disposes it.</summary>
static class CappedResponse
{
    public static async Task<PooledBody> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result,
        long maxBytes, CancellationToken cancellationToken)
    {
        var body = new PooledBody();
        try
        {
            await serializer.WriteAsync(new LimitedStream(body, maxBytes), result, cancellationToken);
            return body;
        }
        catch (LimitedStream.TooLargeException)
        {
            await body.DisposeAsync();
            body = new PooledBody();
            await serializer.WriteAsync(body, new ExecutionResult
            {
                Executed = result.Executed,
                Errors = [new ExecutionError($"The answer is larger than the {maxBytes} bytes allowed; ask for fewer records or fields.")
                    { Code = "RESPONSE_LIMIT" }],
            }, cancellationToken);
            return body;
        }
        catch
        {
            await body.DisposeAsync();
            throw;
        }
    }
}
