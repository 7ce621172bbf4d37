using GraphQL.Resolvers;
using GraphQL.Types;
using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>Builds <c>XCollectionSegment</c> for each entity and the shared <c>CollectionSegmentInfo</c>, named and
/// shaped as HotChocolate's offset paging names them (<c>items</c>, <c>pageInfo</c>, <c>totalCount</c>).</summary>
public sealed class CollectionSegmentTypes
{
    readonly ObjectGraphType info = Info();

    public static string NameOf(EntityDescriptor entity) => $"{entity.Name}CollectionSegment";

    public IEnumerable<IGraphType> Build(IEnumerable<EntityDescriptor> entities) => entities.Select(Segment).Append(info);

    ObjectGraphType Segment(EntityDescriptor entity)
    {
        var type = new ObjectGraphType { Name = NameOf(entity), Description = $"A page of {entity.Name} records, by offset." };
        type.AddField(Field<Segment>("items", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(entity.Name))), "The records of this page.", s => s.Items));
        type.AddField(Field<Segment>("pageInfo", new NonNullGraphType(info), "Whether there are records before and after this page.", s => s));
        type.AddField(Field<Segment>("totalCount", new NonNullGraphType(new GraphQLTypeReference("Int")), "How many records match, across all pages.", s => s.TotalCount));
        return type;
    }

    static ObjectGraphType Info()
    {
        var type = new ObjectGraphType { Name = "CollectionSegmentInfo", Description = "Where an offset page stands in the whole list." };
        type.AddField(Field<Segment>("hasNextPage", new NonNullGraphType(new GraphQLTypeReference("Boolean")), "Whether records follow this page.", s => s.HasNextPage));
        type.AddField(Field<Segment>("hasPreviousPage", new NonNullGraphType(new GraphQLTypeReference("Boolean")), "Whether records precede this page (skip > 0).", s => s.HasPreviousPage));
        return type;
    }

    static FieldType Field<TSource>(string name, IGraphType type, string description, Func<TSource, object?> read) => new()
    {
        Name = name, ResolvedType = type, Description = description,
        Resolver = new FuncFieldResolver<TSource, object>(c => read(c.Source)),
    };
}
