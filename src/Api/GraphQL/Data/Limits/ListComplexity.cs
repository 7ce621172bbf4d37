using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>How many items a list field is counted as: its <c>first</c>/<c>last</c>, the default page of a
/// connection that names neither, or an estimate for a nested collection.</summary>
public static class ListComplexity
{
    public static Func<FieldImpactContext, FieldComplexityResult> Impact(double nestedListEstimate, int defaultPageSize) =>
        context =>
        {
            // Introspection is bounded by the schema, not the data: it costs nothing here.
            if (context.FieldDefinition.Name is "__schema" or "__type") return new(0, 0);
            if (!IsList(context.FieldDefinition.ResolvedType)) return new(1, 1);
            if (PageSize(context.Arguments) is int size) return new(1, size);
            if (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) && parent.FieldDefinition.Arguments?.Find("first") is not null)
                return new(1, PageSize(parent.Arguments) ?? defaultPageSize);
            return new(1, nestedListEstimate);
        };

    static int? PageSize(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments) =>
        arguments is null ? null
        : arguments.TryGetValue("first", out var first) && first.Value is int f ? f
        : arguments.TryGetValue("last", out var last) && last.Value is int l ? l
        : null;

    static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
