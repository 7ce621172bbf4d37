using GraphQL.Types;
using Rag.Persistence.Editing;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>The GraphQL types of the editing core's errors, shared by every mutation's error union.</summary>
public sealed class MutationErrorTypes
{
    public MutationErrorTypes(IdGraphType id)
    {
        Error = new InterfaceGraphType { Name = "Error", Description = "Something that stopped a mutation." };
        Error.Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.");

        var validation = Type<ValidationError>("ValidationError", "An input value is missing or wrong.");
        validation.Field<StringGraphType>("field").Description("The input field at fault, when one is.").Resolve(c => ((ValidationError)c.Source!).Field);
        var notFound = Type<NotFoundError>("NotFoundError", "The record named does not exist.");
        notFound.Field("id", new NonNullGraphType(id)).Description("The ID that names nothing.")
            .Resolve(c => GlobalId.Encode(((NotFoundError)c.Source!).Entity, ((NotFoundError)c.Source!).Id));
        var conflict = Type<ConflictError>("ConflictError", "Someone saved the record after you read it: read it again and reapply your change.");
        conflict.Field<IntGraphType>("currentVersion").Description("The stored version, when the input's version was stale.").Resolve(c => ((ConflictError)c.Source!).CurrentVersion);

        var referencing = new ObjectGraphType { Name = "ReferencingRecords", Description = "Records of one type that refer to the record." };
        referencing.Field<NonNullGraphType<StringGraphType>>("typeName").Description("Their type, e.g. Inspection.").Resolve(c => ((ReferencingRecords)c.Source!).Entity);
        referencing.Field<NonNullGraphType<StringGraphType>>("field").Description("The field of the record that lists them, e.g. inspections.").Resolve(c => ((ReferencingRecords)c.Source!).Field);
        referencing.Field<NonNullGraphType<IntGraphType>>("count").Description("How many there are.").Resolve(c => ((ReferencingRecords)c.Source!).Count);
        referencing.Field("ids", new NonNullGraphType(new ListGraphType(new NonNullGraphType(id)))).Description("The IDs of the first ten.")
            .Resolve(c => ((ReferencingRecords)c.Source!).Ids.Select(i => GlobalId.Encode(((ReferencingRecords)c.Source!).Entity, i)));
        var referenced = Type<ReferencedError>("StillReferencedError", "The record cannot be deleted while other records refer to it.");
        referenced.Field("referencedBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(referencing))))
            .Description("What refers to it.").Resolve(c => ((ReferencedError)c.Source!).ReferencedBy);
        var duplicate = Type<DuplicateError>("DuplicateError", "Another record already has these values where only one may.");
        duplicate.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("The input fields that clash.")
            .Resolve(c => ((DuplicateError)c.Source!).Fields);
        var forbidden = Type<ForbiddenError>("ForbiddenError", "Your account may not change this record: a viewer, or an LA editor outside their LAs.");

        foreach (var type in new[] { validation, notFound, conflict, referenced, duplicate, forbidden }) type.AddResolvedInterface(Error);
        Types = [validation, notFound, conflict, referenced, duplicate, forbidden, referencing];
        errorTypes = [validation, notFound, conflict, referenced, duplicate, forbidden];
    }

    readonly ObjectGraphType[] errorTypes;

    public InterfaceGraphType Error { get; }
    public IReadOnlyList<ObjectGraphType> Types { get; }

    ObjectGraphType Type<T>(string name, string description)
    {
        var type = new ObjectGraphType { Name = name, Description = description, IsTypeOf = o => o is T };
        type.Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.").Resolve(c => ((EditError)c.Source!).Message);
        return type;
    }

    /// <summary>HotChocolate names each mutation's error union after the mutation: <c>CreateSchoolError</c>.</summary>
    public UnionGraphType Union(string mutationName)
    {
        var union = new UnionGraphType
        {
            Name = MutationNames.TypeName(mutationName, "Error"),
            Description = $"The errors {mutationName} can return.",
        };
        foreach (var type in errorTypes) union.AddPossibleType(type);
        return union;
    }
}
