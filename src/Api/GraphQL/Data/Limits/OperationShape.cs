using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>How deep an operation nests and how many fields it selects once every fragment is expanded. Each
/// fragment is measured once: spreading a fragment twice in each of 30 fragments expands to 2^30 fields, and
/// walking them one by one would hang the server, which GraphQL.NET's own complexity analysis does.</summary>
sealed class OperationShape
{
    // A name defined twice is the spec's own validation error (UniqueFragmentNames); here the first counts.
    readonly Dictionary<string, GraphQLFragmentDefinition> fragments;
    readonly Dictionary<string, (int Depth, double Fields)> known = [];
    readonly HashSet<string> entered = [];

    public OperationShape(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue);
        (Depth, Fields) = Measure(operation.SelectionSet);
    }

    public int Depth { get; }

    /// <summary>Fields selected after expansion; doubles, as the count can pass any integer type.</summary>
    public double Fields { get; }

    (int Depth, double Fields) Measure(GraphQLSelectionSet? selections)
    {
        if (selections is null) return (0, 0);
        var (deepest, fields) = (0, 0d);
        foreach (var selection in selections.Selections)
        {
            var (depth, count) = selection switch
            {
                GraphQLField field => Field(field),
                GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => (0, 0),
            };
            deepest = Math.Max(deepest, depth);
            fields += count;
        }
        return (deepest, fields);
    }

    (int, double) Field(GraphQLField field)
    {
        var (depth, fields) = Measure(field.SelectionSet);
        return (depth + 1, fields + 1);
    }

    // A cycle counts as nothing here; NoFragmentCycles refuses the document anyway.
    (int, double) Fragment(string name)
    {
        if (known.TryGetValue(name, out var shape)) return shape;
        if (!fragments.TryGetValue(name, out var fragment) || !entered.Add(name)) return (0, 0);
        shape = Measure(fragment.SelectionSet);
        entered.Remove(name);
        return known[name] = shape;
    }
}
