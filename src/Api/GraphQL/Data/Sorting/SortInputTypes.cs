using Rag.Persistence.Catalog;
using GraphQL.Types;
using Rag.Api.GraphQL.Data.Types;

namespace Rag.Api.GraphQL.Data.Sorting;

/// <summary>Builds HotChocolate.Data's sort inputs: <c>XSortInput</c> per entity over <c>SortEnumType</c>.</summary>
public sealed class SortInputTypes(XmlDocumentation docs)
{
    public EnumerationGraphType Direction { get; } = new EnumerationGraphType<SortDirection>
    {
        Name = "SortEnumType",
        Description = "Sort ascending (ASC) or descending (DESC).",
    };

    public static string NameOf(EntityDescriptor entity) => $"{entity.Name}SortInput";

    public IEnumerable<IGraphType> Build(IEnumerable<EntityDescriptor> entities) =>
        entities.Select(Entity).Append<IGraphType>(Direction);

    InputObjectGraphType Entity(EntityDescriptor entity)
    {
        var type = new InputObjectGraphType
        {
            Name = NameOf(entity),
            Description = $"Orders {entity.Name} records; give one field per list item, in priority order.",
        };
        type.AddField(new FieldType { Name = "id", ResolvedType = Direction, Description = "Order by when the record was added." });
        foreach (var scalar in entity.Scalars.Where(s => !s.IsForeignKey && !s.IsList && !s.IsFlags))
            type.AddField(new FieldType { Name = scalar.FieldName, ResolvedType = Direction, Description = docs.Member(scalar.Property) });
        foreach (var reference in entity.References)
            type.AddField(new FieldType { Name = reference.FieldName, ResolvedType = new GraphQLTypeReference(NameOf(reference.Target)), Description = docs.Member(reference.Navigation) });
        return type;
    }
}
