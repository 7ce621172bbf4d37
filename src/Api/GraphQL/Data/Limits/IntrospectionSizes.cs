using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>How long introspection's lists are in this schema, on average: the complexity limit counts
/// <c>__schema { types { fields { args … } } }</c> at these sizes, so GraphiQL's own query passes and a query that
/// nests <c>fields { type { fields { … } } }</c> is priced at what it would return.</summary>
sealed class IntrospectionSizes
{
    static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> BySchema = [];

    readonly Dictionary<string, double> sizes;

    IntrospectionSizes(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
        sizes = new()
        {
            ["types"] = types.Count,
            ["directives"] = schema.Directives.Count,
            ["fields"] = Average(types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType), t => t.Fields.Count),
            ["inputFields"] = Average(types.OfType<IInputObjectGraphType>(), t => t.Fields.Count),
            ["enumValues"] = Average(types.OfType<EnumerationGraphType>(), t => t.Values.Count),
            ["args"] = Average(fields, f => f.Arguments?.Count ?? 0),
            ["interfaces"] = Average(types.OfType<IObjectGraphType>(), t => t.ResolvedInterfaces.Count),
            ["possibleTypes"] = Average(types.OfType<IAbstractGraphType>(), t => t.PossibleTypes.Count),
        };
    }

    public static double? Of(ISchema schema, string parentType, string field) =>
        parentType.StartsWith("__", StringComparison.Ordinal) && BySchema.GetValue(schema, s => new(s)).sizes.TryGetValue(field, out var size)
            ? size
            : null;

    static double Average<T>(IEnumerable<T> items, Func<T, int> count)
    {
        var counts = items.Select(count).ToList();
        return counts.Count == 0 ? 1 : Math.Max(1, Math.Ceiling(counts.Average()));
    }
}
