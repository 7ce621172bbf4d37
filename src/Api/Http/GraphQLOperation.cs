namespace Rag.Api.Http;

/// <summary>The GraphQL operation a request ran, for its log line: the name and type of the operation GraphQL.NET
/// chose from the document (so a named operation is known even when the client sent no operationName).</summary>
public sealed class GraphQLOperation
{
    public string? Name { get; set; }
    public string? Type { get; set; }
}
