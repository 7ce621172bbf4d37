using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Data.Projections;

/// <summary>The projection a field's selection asks for: the columns its fields read and the references they
/// join, through fragments, to any depth. Worked out once per field of a parsed document (documents are cached),
/// not per row.</summary>
public static class SelectionProjection
{
    static readonly ConditionalWeakTable<GraphQLField, ConcurrentDictionary<EntityDescriptor, Projection>> known = new();

    /// <summary>A field that returns records of <paramref name="entity"/> itself (a reference, a lookup by id, a list).</summary>
    public static Projection Of(IResolveFieldContext context, EntityDescriptor entity) => Cached(context, entity, []);

    /// <summary>A connection's records, under <c>nodes</c> and <c>edges { node }</c>.</summary>
    public static Projection OfConnection(IResolveFieldContext context, EntityDescriptor entity) =>
        Cached(context, entity, [["nodes"], ["edges", "node"]]);

    /// <summary>An offset-paged segment's records, under <c>items</c>.</summary>
    public static Projection OfSegment(IResolveFieldContext context, EntityDescriptor entity) => Cached(context, entity, [["items"]]);

    static Projection Cached(IResolveFieldContext context, EntityDescriptor entity, string[][] paths) =>
        known.GetOrCreateValue(context.FieldAst).GetOrAdd(entity, _ =>
        {
            var projection = new Projection(entity);
            var sets = paths.Length == 0 ? [context.FieldAst.SelectionSet] : paths.SelectMany(path => Under(context, context.FieldAst.SelectionSet, path));
            foreach (var set in sets) Collect(context, entity, set, projection);
            return projection;
        });

    static IEnumerable<GraphQLSelectionSet?> Under(IResolveFieldContext context, GraphQLSelectionSet? set, string[] path)
    {
        if (path.Length == 0) return [set];
        return Fields(context, set, typeName: null).Where(f => f.Name.StringValue == path[0])
            .SelectMany(f => Under(context, f.SelectionSet, path[1..]));
    }

    static void Collect(IResolveFieldContext context, EntityDescriptor entity, GraphQLSelectionSet? set, Projection projection)
    {
        var type = (IComplexGraphType)context.Schema.AllTypes[entity.Name]!;
        foreach (var field in Fields(context, set, entity.Name))
        {
            var name = field.Name.StringValue;
            if (name == "__typename") continue;
            if (type.GetField(name) is not { } definition || FieldReads.Of(definition) is not { } reads)
            {
                projection.NeedWhole();
                continue;
            }
            foreach (var column in reads.Columns) projection.Need(column);
            if (reads.Reference is { } reference) Collect(context, reference.Target, field.SelectionSet, projection.Join(reference));
        }
    }

    /// <summary>The fields of a selection set, through fragment spreads and inline fragments on this type (or on an
    /// interface); directives are not evaluated, so a skipped field's columns are read anyway, which costs little.</summary>
    static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set, string? typeName)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                                                       && Applies(context, fragment.TypeCondition.Type.Name.StringValue, typeName):
                    foreach (var inner in Fields(context, fragment.SelectionSet, typeName)) yield return inner;
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || Applies(context, inline.TypeCondition.Type.Name.StringValue, typeName):
                    foreach (var inner in Fields(context, inline.SelectionSet, typeName)) yield return inner;
                    break;
            }
        }
    }

    static bool Applies(IResolveFieldContext context, string condition, string? typeName) =>
        typeName is null || condition == typeName || context.Schema.AllTypes[condition] is not IObjectGraphType;
}
