using Rag.Persistence.Catalog;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Data.Projections;
using Rag.Api.GraphQL.Data.Sorting;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data;

/// <summary>The root query fields of every entity (a connection and a lookup by id) and <c>node</c>/<c>nodes</c>.</summary>
public static class EntityQueryFields
{
    public static void AddTo(ObjectGraphType query, EntityCatalog catalog, IInterfaceGraphType node)
    {
        foreach (var entity in catalog.Entities.OrderBy(e => e.Declaration.Plural, StringComparer.Ordinal))
        {
            query.AddField(new FieldType
            {
                Name = entity.Declaration.Plural,
                Description = $"{entity.Name} records, filtered, ordered and paged.",
                ResolvedType = new GraphQLTypeReference(ConnectionTypes.NameOf(entity)),
                Arguments = EntityArguments.Paged(entity),
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(ConnectionAsync(entity, c))),
            }.WithComplexityImpact(1));
            query.AddField(new FieldType
            {
                Name = SegmentFieldName(entity),
                Description = $"{entity.Name} records, filtered, ordered and paged by offset (skip, take), as HotChocolate's offset paging.",
                ResolvedType = new GraphQLTypeReference(CollectionSegmentTypes.NameOf(entity)),
                Arguments = EntityArguments.Offset(entity),
                Resolver = new FuncFieldResolver<object>(c => new ValueTask<object?>(SegmentAsync(entity, c))),
            }.WithComplexityImpact(1));
            query.AddField(new FieldType
            {
                Name = entity.Declaration.Singular,
                Description = $"The {entity.Name} with this ID, or null.",
                ResolvedType = new GraphQLTypeReference(entity.Name),
                Arguments = [new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("ID"))) { Name = "id", Description = $"The {entity.Name}'s global ID." }],
                Resolver = new FuncFieldResolver<object>(c => GlobalId.DecodeFor(entity.Name, c.GetArgument<string>("id")) is int id
                    ? c.RequestServices!.GetRequiredService<EntityLoader>().ById(entity, id, SelectionProjection.Of(c, entity))
                    : throw new ExecutionError($"\"{c.GetArgument<string>("id")}\" is not the ID of a {entity.Name}.") { Code = "INVALID_ID" }),
            });
        }

        query.AddField(new FieldType
        {
            Name = "node",
            Description = "Any record by its global ID.",
            ResolvedType = node,
            Arguments = [new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("ID"))) { Name = "id", Description = "A global ID." }],
            Resolver = new FuncFieldResolver<object>(c => Node(catalog, c, c.GetArgument<string>("id"))),
        });
        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = "Records by their global IDs, in the order given; null where an ID names nothing.",
            ResolvedType = new NonNullGraphType(new ListGraphType(node)),
            Arguments = [new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ID"))))) { Name = "ids", Description = "Global IDs." }],
            Resolver = new FuncFieldResolver<object>(c => c.GetArgument<List<string>>("ids").Select(id => Node(catalog, c, id)).ToList()),
        });
    }

    static object? Node(EntityCatalog catalog, IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id, out var typeName, out var key) && catalog.FindByName(typeName) is { } entity
            ? context.RequestServices!.GetRequiredService<EntityLoader>().ById(entity, key, SelectionProjection.Of(context, entity))
            : throw new ExecutionError($"\"{id}\" is not a valid ID.") { Code = "INVALID_ID" };

    /// <summary>The offset-paged sibling of the connection field: HotChocolate would give the root field itself
    /// this shape, but ours is the connection, so the segment is <c>&lt;plural&gt;Segment</c> (e.g. <c>schoolsSegment</c>).</summary>
    public static string SegmentFieldName(EntityDescriptor entity) => $"{entity.Declaration.Plural}Segment";

    static IQueryable FilteredAndOrdered(EntityDescriptor entity, IResolveFieldContext context)
    {
        var query = entity.Query(context.RequestServices!.GetRequiredService<RagDbContext>());
        if (context.GetArgument<IDictionary<string, object?>?>("where") is { } where)
            query = entity.Where(query, FilterExpressionBuilder.Build(entity, where));
        return SortApplier.Apply(entity, query, context.GetArgument<object?>("order"));
    }

    static async Task<object?> SegmentAsync(EntityDescriptor entity, IResolveFieldContext context) =>
        await SegmentResolver.ResolveAsync(entity, SelectionProjection.OfSegment(context, entity).Apply(FilteredAndOrdered(entity, context)), context.GetArgument<int?>("skip"), context.GetArgument<int?>("take"),
            context.SubFields?.ContainsKey("totalCount") == true,
            context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value, context.CancellationToken);

    static async Task<object?> ConnectionAsync(EntityDescriptor entity, IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var query = SelectionProjection.OfConnection(context, entity).Apply(FilteredAndOrdered(entity, context));
        var arguments = new ConnectionResolver.Arguments(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"),
            WantsTotal: context.SubFields?.ContainsKey("totalCount") == true);
        return await ConnectionResolver.ResolveAsync(entity, query, arguments,
            services.GetRequiredService<IOptions<PagingOptions>>().Value, context.CancellationToken);
    }
}
