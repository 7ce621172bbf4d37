using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>How many items a list field is counted as: its <c>first</c>/<c>last</c>, the default page of a
/// connection that names neither (never more than the table's rows), the most children a record has for a nested collection, the schema's own sizes
/// for introspection, or an estimate.</summary>
public static class ListComplexity
{
    public static Func<FieldImpactContext, FieldComplexityResult> Impact(double nestedListEstimate, int defaultPageSize, CollectionSizes sizes) =>
        context =>
        {
            if (!IsList(context.FieldDefinition.ResolvedType)) return new(1, 1);
            if (PageSize(context.Arguments) is int size) return new(1, size);
            if (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) && parent.FieldDefinition.Arguments?.Find("first") is not null)
                return new(1, Math.Min(PageSize(parent.Arguments) ?? defaultPageSize, sizes.Rows(context.ParentType.Name) ?? long.MaxValue));
            if (IntrospectionSizes.Of(context.ValidationContext.Schema, context.ParentType.Name, context.FieldDefinition.Name) is double listed)
                return new(1, listed);
            return new(1, Math.Max(nestedListEstimate, sizes.Largest(context.ParentType.Name, context.FieldDefinition.Name) ?? 0));
        };

    static int? PageSize(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments) =>
        arguments is null ? null
        : arguments.TryGetValue("first", out var first) && first.Value is int f ? f
        : arguments.TryGetValue("last", out var last) && last.Value is int l ? l
        : null;

    static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
