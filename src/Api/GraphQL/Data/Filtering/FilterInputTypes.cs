using Rag.Persistence.Catalog;
using GraphQL.Types;
using Rag.Api.GraphQL.Data.Types;

namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>Builds HotChocolate.Data's filter inputs: <c>XFilterInput</c> per entity, an operation input per
/// scalar (<c>StringOperationFilterInput</c>, ...) and <c>ListFilterInputTypeOfXFilterInput</c> for lists.</summary>
public sealed class FilterInputTypes(ScalarGraphTypes scalars, XmlDocumentation docs)
{
    readonly Dictionary<string, IGraphType> operationTypes = [];

    public static string NameOf(EntityDescriptor entity) => $"{entity.Name}FilterInput";

    public IEnumerable<IGraphType> Build(IEnumerable<EntityDescriptor> entities)
    {
        foreach (var entity in entities)
        {
            yield return Entity(entity);
            yield return ListFilter(entity);
        }
        foreach (var type in operationTypes.Values) yield return type;
    }

    InputObjectGraphType Entity(EntityDescriptor entity)
    {
        var self = new GraphQLTypeReference(NameOf(entity));
        var type = new InputObjectGraphType { Name = NameOf(entity), Description = $"Filters {entity.Name} records; fields combine with AND." };
        type.AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(self)), Description = "Every one of these filters holds." });
        type.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(self)), Description = "At least one of these filters holds." });
        type.AddField(new FieldType { Name = "id", ResolvedType = Operations(FilterOperations.Id, scalars.Id, "IdOperationFilterInput"), Description = "The record's global ID." });
        foreach (var scalar in entity.Scalars.Where(Filterable))
            type.AddField(new FieldType { Name = scalar.FieldName, ResolvedType = Operations(FilterOperations.For(scalar.ValueType), scalars.For(scalar.ValueType)), Description = docs.Member(scalar.Property) });
        foreach (var reference in entity.References)
            type.AddField(new FieldType { Name = reference.FieldName, ResolvedType = new GraphQLTypeReference(NameOf(reference.Target)), Description = docs.Member(reference.Navigation) });
        foreach (var collection in entity.Collections)
            type.AddField(new FieldType
            {
                Name = collection.FieldName,
                ResolvedType = new GraphQLTypeReference(collection.IsSingle ? NameOf(collection.Target) : ListFilterName(collection.Target)),
                Description = docs.Member(collection.Navigation),
            });
        return type;
    }

    static bool Filterable(ScalarMember member) => !member.IsForeignKey && !member.IsList && !member.IsFlags;

    static string ListFilterName(EntityDescriptor entity) => $"ListFilterInputTypeOf{NameOf(entity)}";

    static InputObjectGraphType ListFilter(EntityDescriptor entity)
    {
        var item = new GraphQLTypeReference(NameOf(entity));
        var type = new InputObjectGraphType { Name = ListFilterName(entity), Description = $"Filters on a list of {entity.Name} records." };
        type.AddField(new FieldType { Name = "all", ResolvedType = item, Description = "Every item matches." });
        type.AddField(new FieldType { Name = "none", ResolvedType = item, Description = "No item matches." });
        type.AddField(new FieldType { Name = "some", ResolvedType = item, Description = "At least one item matches." });
        type.AddField(new FieldType { Name = "any", ResolvedType = new GraphQLTypeReference("Boolean"), Description = "The list has items (true) or is empty (false)." });
        return type;
    }

    IGraphType Operations(string[] operations, IGraphType scalar, string? name = null)
    {
        name ??= $"{scalar.Name}OperationFilterInput";
        if (operationTypes.TryGetValue(name, out var existing)) return existing;
        var self = new GraphQLTypeReference(name);
        var type = new InputObjectGraphType { Name = name, Description = $"Conditions on a {scalar.Name} value." };
        type.AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(self)), Description = "Every one of these conditions holds." });
        type.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(self)), Description = "At least one of these conditions holds." });
        foreach (var operation in operations)
            type.AddField(new FieldType
            {
                Name = operation,
                ResolvedType = operation is "in" or "nin" ? new ListGraphType(scalar) : scalar,
                Description = Describe(operation),
            });
        operationTypes[name] = type;
        return type;
    }

    static string Describe(string operation) => operation switch
    {
        "eq" => "Equals.", "neq" => "Does not equal.", "in" => "Is one of.", "nin" => "Is none of.",
        "contains" => "Contains (case-sensitive).", "ncontains" => "Does not contain.",
        "startsWith" => "Starts with (case-sensitive).", "nstartsWith" => "Does not start with.",
        "endsWith" => "Ends with (case-sensitive).", "nendsWith" => "Does not end with.",
        "gt" => "Greater than.", "ngt" => "Not greater than.", "gte" => "Greater than or equal.", "ngte" => "Not greater than or equal.",
        "lt" => "Less than.", "nlt" => "Not less than.", "lte" => "Less than or equal.", "nlte" => "Not less than or equal.",
        _ => operation,
    };
}
