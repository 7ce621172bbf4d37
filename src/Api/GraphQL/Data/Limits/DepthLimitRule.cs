using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Refuses operations nested deeper than allowed. Introspection counts like any field: <c>__type</c> nests
/// <c>fields { type { fields { … } } }</c> without end, so only the limit bounds it.</summary>
public sealed class DepthLimitRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var depth = new Walk(ctx.Document).Depth(operation.SelectionSet);
            if (depth > options.Value.MaxDepth)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "DEPTH_LIMIT",
                    $"The query is nested {depth} levels deep; at most {options.Value.MaxDepth} are allowed.", operation));
        }));

    sealed class Walk(GraphQLDocument document)
    {
        // A name defined twice is the spec's own validation error (UniqueFragmentNames); here the first counts.
        readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue);

        // Each fragment's depth is worked out once: a fragment spread twice in each of 50 fragments would
        // otherwise be walked 2^50 times.
        readonly Dictionary<string, int> known = [];
        readonly HashSet<string> entered = [];

        public int Depth(GraphQLSelectionSet? selections)
        {
            if (selections is null) return 0;
            var deepest = 0;
            foreach (var selection in selections.Selections)
            {
                var depth = selection switch
                {
                    GraphQLField field => 1 + Depth(field.SelectionSet),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }
            return deepest;
        }

        // A cycle counts as 0 here; NoFragmentCycles refuses the document anyway.
        int Fragment(string name)
        {
            if (known.TryGetValue(name, out var depth)) return depth;
            if (!fragments.TryGetValue(name, out var fragment) || !entered.Add(name)) return 0;
            depth = Depth(fragment.SelectionSet);
            entered.Remove(name);
            return known[name] = depth;
        }
    }
}
