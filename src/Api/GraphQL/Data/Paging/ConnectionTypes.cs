using Rag.Persistence.Catalog;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Rag.Api.GraphQL.Rendering;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>Builds <c>XConnection</c> and <c>XEdge</c> for each entity, with <c>nodes</c> and <c>totalCount</c>
/// as HotChocolate adds them.</summary>
public sealed class ConnectionTypes
{
    public PageInfoType PageInfo { get; } = new();

    public static string NameOf(EntityDescriptor entity) => $"{entity.Name}Connection";

    public IEnumerable<IGraphType> Build(IEnumerable<EntityDescriptor> entities) =>
        entities.SelectMany(e => new IGraphType[] { Connection(e), Edge(e) }).Append(PageInfo);

    ObjectGraphType Connection(EntityDescriptor entity)
    {
        var node = new GraphQLTypeReference(entity.Name);
        var type = new ObjectGraphType { Name = NameOf(entity), Description = $"A page of {entity.Name} records." };
        type.AddField(Field("pageInfo", new NonNullGraphType(PageInfo), "Where this page stands in the whole list.", p => p.PageInfo));
        type.AddField(Field("edges", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference($"{entity.Name}Edge"))), "The records with their cursors.", p => p.Edges));
        type.AddField(Field("nodes", new ListGraphType(new NonNullGraphType(node)), "The records of this page.", p => p.Nodes));
        type.AddField(Field("totalCount", new NonNullGraphType(new GraphQLTypeReference("Int")), "How many records match, across all pages.", p => p.TotalCount));
        return type;
    }

    static ObjectGraphType Edge(EntityDescriptor entity)
    {
        var type = new ObjectGraphType { Name = $"{entity.Name}Edge", Description = $"A {entity.Name} with its cursor." };
        type.AddField(new FieldType
        {
            Name = "cursor", ResolvedType = new NonNullGraphType(new GraphQLTypeReference("String")), Description = "Pass as after or before to page from here.",
        }.ResolvesFromSource(edge => ((Edge<object>)edge).Cursor));
        type.AddField(new FieldType
        {
            Name = "node", ResolvedType = new NonNullGraphType(new GraphQLTypeReference(entity.Name)), Description = "The record.",
        }.ResolvesFromSource(edge => ((Edge<object>)edge).Node));
        return type;
    }

    static FieldType Field(string name, IGraphType type, string description, Func<Page, object?> read) => new()
    {
        Name = name, ResolvedType = type, Description = description,
        Resolver = new FuncFieldResolver<Page, object>(c => read(c.Source)),
    };
}
