using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>Works out how a list field's items are written, or that they cannot be: every field selected, to any
/// depth, must read its value plainly, and no selection may carry a directive (whose outcome hangs on variables).
/// Worked out once per field of a parsed document (documents are cached), not per request.</summary>
sealed class RenderPlanner(ExecutionContext context, RenderPlanner.Collect collect)
{
    public delegate Dictionary<string, (GraphQLField Field, FieldType Definition)> Collect(ExecutionContext context, IGraphType type, GraphQLSelectionSet set);

    sealed record Known(FieldType Definition, RenderShape? Shape);

    static readonly ConditionalWeakTable<GraphQLField, Known> known = new();

    public static RenderShape? For(ExecutionContext context, ExecutionNode node, Collect collect)
    {
        if (known.TryGetValue(node.Field, out var seen) && seen.Definition == node.FieldDefinition) return seen.Shape;
        var shape = new RenderPlanner(context, collect).Shape(node.FieldDefinition.ResolvedType!, node.Field.SelectionSet);
        known.AddOrUpdate(node.Field, new Known(node.FieldDefinition, shape));
        return shape;
    }

    RenderShape? Shape(IGraphType type, GraphQLSelectionSet? set)
    {
        var nonNull = type is NonNullGraphType;
        if (type is NonNullGraphType wrapped) type = wrapped.ResolvedType!;
        return type switch
        {
            ListGraphType list => Shape(list.ResolvedType!, set) is { } item ? new ListShape(item, nonNull) : null,
            ScalarGraphType scalar => new ScalarShape(scalar, nonNull),
            IObjectGraphType obj when set is not null && !HasDirectives(set) => Object(obj, set, nonNull),
            _ => null,
        };
    }

    ObjectShape? Object(IObjectGraphType type, GraphQLSelectionSet set, bool nonNull)
    {
        var fields = new List<RenderField>();
        foreach (var (key, (field, definition)) in collect(context, type, set))
        {
            var name = JsonEncodedText.Encode(key, GraphQLJson.Encoder);
            if (definition == context.Schema.TypeNameMetaFieldType)
                fields.Add(RenderField.TypeName(name, type.Name));
            else if (definition.PlainRead() is not { } read || definition.Arguments is { Count: > 0 })
                return null;
            else if (definition.PlainProperty() is { } property && TypedScalarWriter.For(property, definition.ResolvedType!) is { } typed)
                fields.Add(new RenderField(name, typed));
            else if (Shape(definition.ResolvedType!, field.SelectionSet) is { } shape)
                fields.Add(RenderField.Read(name, read, shape));
            else
                return null;
        }
        return new ObjectShape(type, [.. fields], nonNull);
    }

    bool HasDirectives(GraphQLSelectionSet set) => set.Selections.Any(selection => selection switch
    {
        GraphQLField field => field.Directives is not null,
        GraphQLFragmentSpread spread => spread.Directives is not null
            || context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
               && (fragment.Directives is not null || HasDirectives(fragment.SelectionSet)),
        GraphQLInlineFragment inline => inline.Directives is not null || HasDirectives(inline.SelectionSet),
        _ => true,
    });
}
