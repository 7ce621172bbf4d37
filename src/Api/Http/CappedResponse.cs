using GraphQL;

namespace Rag.Api.Http;

/// <summary>Serializes an answer up to <c>Rag:Api:Limits:MaxResponseBytes</c>. Serializing stops as soon as the
/// limit is passed, and the answer becomes one RESPONSE_LIMIT error, so no request can make the server send
/// tens of megabytes.</summary>
static class CappedResponse
{
    public static async Task<ReadOnlyMemory<byte>> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result,
        long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            await serializer.WriteAsync(new LimitedStream(buffer, maxBytes), result, cancellationToken);
            return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        }
        catch (LimitedStream.TooLargeException)
        {
            buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, new ExecutionResult
            {
                Executed = result.Executed,
                Errors = [new ExecutionError($"The answer is larger than the {maxBytes} bytes allowed; ask for fewer records or fields.")
                    { Code = "RESPONSE_LIMIT" }],
            }, cancellationToken);
            return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        }
    }
}
