using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>The limits on a document's shape, checked on the parsed document before GraphQL.NET validates it:
/// its validation rules take seconds on a document nested a hundred fragments deep, so depth and expanded size
/// are refused first. Introspection counts like any field: <c>__type</c> nests
/// <c>fields { type { fields { … } } }</c> without end, so only the limit bounds it.</summary>
public static class DocumentLimits
{
    public sealed record Refusal(string Code, string Message);

    public static Refusal? Check(GraphQLDocument document, LimitOptions limits)
    {
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var shape = new OperationShape(document, operation);
            if (shape.Depth > limits.MaxDepth)
                return new("DEPTH_LIMIT", $"The query is nested {shape.Depth} levels deep; at most {limits.MaxDepth} are allowed.");
            if (shape.Fields > limits.MaxFields)
                return new("FIELD_LIMIT", $"The query selects {shape.Fields:0} fields once its fragments are expanded; at most {limits.MaxFields} are allowed.");
        }
        return null;
    }
}
