using Rag.Persistence.Catalog;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Data.Projections;
using Microsoft.Extensions.Options;
using Rag.Api.GraphQL.Data.Sorting;
using Rag.Api.GraphQL.Rendering;
using Rag.Domain.Common;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>Builds each entity's object type: <c>id</c>, its columns, its references (batched by id) and its
/// collections (batched by foreign key, with <c>where</c> and <c>order</c>), and the <c>Node</c> interface.</summary>
public sealed class EntityObjectTypes(ScalarGraphTypes scalars, XmlDocumentation docs, IEnumerable<IEntityFieldExtension> extensions)
{
    public InterfaceGraphType Node { get; } = NodeInterface(scalars.Id);

    public IEnumerable<IGraphType> Build(IEnumerable<EntityDescriptor> entities) => entities.Select(Object).Append<IGraphType>(Node);

    ObjectGraphType Object(EntityDescriptor entity)
    {
        var type = new ObjectGraphType
        {
            Name = entity.Name,
            Description = docs.Type(entity.ClrType),
            IsTypeOf = value => value.GetType() == entity.ClrType,
        };
        type.AddField(new FieldType
        {
            Name = "id",
            Description = $"The {entity.Name}'s global ID, for node(id:) and for mutations.",
            ResolvedType = new NonNullGraphType(scalars.Id),
        }.ResolvesFromSource(record => GlobalId.Encode(entity.Name, ((Record)record).Id)).Reads(FieldReads.Id));
        foreach (var scalar in entity.Scalars.Where(s => !s.IsForeignKey))
        {
            var field = new FieldType { Name = scalar.FieldName, Description = docs.Member(scalar.Property), ResolvedType = scalars.FieldType(scalar) };
            // A flags value reads as the list of its set members; any other column as it is.
            type.AddField((scalar.IsFlags ? field.ResolvesFromSource(record => SetFlags(scalar, record)) : field.ResolvesFromSource(scalar.Read, scalar.Property))
                .Reads(scalar.Property));
        }
        foreach (var reference in entity.References)
            type.AddField(Reference(reference));
        foreach (var collection in entity.Collections)
            type.AddField(Collection(collection));
        foreach (var collection in entity.Collections.Where(c => !c.IsSingle))
            type.AddField(Connection(collection));
        foreach (var extension in extensions.Where(x => x.Applies(entity.ClrType)))
            extension.Extend(type, entity.ClrType);
        type.AddResolvedInterface(Node);
        return type;
    }

    FieldType Reference(ReferenceMember reference)
    {
        var target = new GraphQLTypeReference(reference.Target.Name);
        return new FieldType
        {
            Name = reference.FieldName,
            Description = docs.Member(reference.Navigation),
            ResolvedType = reference.IsRequired ? new NonNullGraphType(target) : target,
            // A reference read in its record's statement (joined in) is there already; one not read is batched by id.
            Resolver = new FuncFieldResolver<object>(c => reference.ReadNavigation(c.Source!) ?? (reference.ReadForeignKey(c.Source!) is int id
                ? c.RequestServices!.GetRequiredService<EntityLoader>().ById(reference.Target, id, SelectionProjection.Of(c, reference.Target))
                : null)),
        }.Reads(new FieldReads([], reference)).ReadsPlainly(ReadJoined(reference));
    }

    static List<Enum>? SetFlags(ScalarMember scalar, object record) => scalar.Read(record) is Enum flags ? scalar.SetFlags(flags).ToList() : null;

    /// <summary>A reference is read plainly when its row was read with it joined in (or has none to join).</summary>
    static PlainRead ReadJoined(ReferenceMember reference) => (object record, out object? value) =>
    {
        value = reference.ReadNavigation(record);
        return value is not null || reference.ReadForeignKey(record) is null;
    };

    FieldType Collection(CollectionMember collection) => collection.IsSingle ? Single(collection) : new FieldType
    {
        Name = collection.FieldName,
        Description = docs.Member(collection.Navigation),
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(collection.Target.Name)))),
        Arguments = EntityArguments.WhereAndOrder(collection.Target),
        Resolver = new FuncFieldResolver<object>(c => c.RequestServices!.GetRequiredService<EntityLoader>().Children(
            collection, ((Record)c.Source!).Id, c.GetArgument<IDictionary<string, object?>?>("where"), c.GetArgument<object?>("order"),
            SelectionProjection.Of(c, collection.Target))),
    }.Reads(FieldReads.Id);

    /// <summary>The collection paged as a connection, <c>&lt;collection&gt;Connection</c> (e.g. <c>findingsConnection</c>),
    /// beside the plain list, which existing clients read whole.</summary>
    FieldType Connection(CollectionMember collection) => new FieldType
    {
        Name = ConnectionFieldName(collection),
        Description = $"{docs.Member(collection.Navigation)} Paged as a connection, with its total count.",
        ResolvedType = new NonNullGraphType(new GraphQLTypeReference(ConnectionTypes.NameOf(collection.Target))),
        Arguments = EntityArguments.Paged(collection.Target),
        Resolver = new FuncFieldResolver<object>(c => c.RequestServices!.GetRequiredService<EntityLoader>().ChildPage(
            collection, ((Record)c.Source!).Id, c.GetArgument<IDictionary<string, object?>?>("where"), c.GetArgument<object?>("order"),
            new(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.GetArgument<int?>("last"), c.GetArgument<string?>("before"), WantsTotal: true),
            c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value, SelectionProjection.OfConnection(c, collection.Target))),
    }.Reads(FieldReads.Id);

    public static string ConnectionFieldName(CollectionMember collection) => $"{collection.FieldName}Connection";

    FieldType Single(CollectionMember collection) => new FieldType
    {
        Name = collection.FieldName,
        Description = docs.Member(collection.Navigation),
        ResolvedType = new GraphQLTypeReference(collection.Target.Name),
        Resolver = new FuncFieldResolver<object>(c => c.RequestServices!.GetRequiredService<EntityLoader>().Single(collection, ((Record)c.Source!).Id,
            SelectionProjection.Of(c, collection.Target))),
    }.Reads(FieldReads.Id);

    static InterfaceGraphType NodeInterface(IdGraphType id)
    {
        var node = new InterfaceGraphType { Name = "Node", Description = "A record that can be fetched again by its global ID with node(id:)." };
        node.AddField(new FieldType { Name = "id", ResolvedType = new NonNullGraphType(id), Description = "The record's global ID." });
        return node;
    }
}
