using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Refuses operations nested deeper than allowed. Introspection (<c>__schema</c>, <c>__type</c>) is not
/// counted: its depth is bounded by the schema, and editors such as GraphiQL must be able to ask it.</summary>
public sealed class DepthLimitRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var fragments = ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
            var depth = Depth(operation.SelectionSet, fragments, []);
            if (depth > options.Value.MaxDepth)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "DEPTH_LIMIT",
                    $"The query is nested {depth} levels deep; at most {options.Value.MaxDepth} are allowed.", operation));
        }));

    static int Depth(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered)
    {
        if (selections is null) return 0;
        var deepest = 0;
        foreach (var selection in selections.Selections)
        {
            var depth = selection switch
            {
                GraphQLField { Name.Value.Length: > 2 } field when field.Name.StringValue is "__schema" or "__type" => 0,
                GraphQLField field => 1 + Depth(field.SelectionSet, fragments, entered),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, fragments, entered),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && entered.Add(fragment.FragmentName.Name.StringValue) => DepthAndLeave(fragment, fragments, entered),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    static int DepthAndLeave(GraphQLFragmentDefinition fragment, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered)
    {
        var depth = Depth(fragment.SelectionSet, fragments, entered);
        entered.Remove(fragment.FragmentName.Name.StringValue);
        return depth;
    }
}
