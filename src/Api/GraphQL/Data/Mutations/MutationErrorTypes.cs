using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>The GraphQL types of the mutation errors, shared by every mutation's error union.</summary>
public sealed class MutationErrorTypes
{
    public MutationErrorTypes(IdGraphType id)
    {
        Error = new InterfaceGraphType { Name = "Error", Description = "Something that stopped a mutation." };
        Error.Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.");

        var validation = Type<ValidationError>("ValidationError", "An input value is missing or wrong.");
        validation.Field<StringGraphType>("field").Description("The input field at fault, when one is.").Resolve(c => ((ValidationError)c.Source!).Field);
        var notFound = Type<NotFoundError>("NotFoundError", "The record named does not exist.");
        notFound.Field("id", new NonNullGraphType(id)).Description("The ID that names nothing.").Resolve(c => ((NotFoundError)c.Source!).Id);
        var conflict = Type<ConflictError>("ConflictError", "The change clashes with what is stored: a stale version, a duplicate, or records that still refer to this one.");
        conflict.Field<IntGraphType>("currentVersion").Description("The stored version, when the input's version was stale.").Resolve(c => ((ConflictError)c.Source!).CurrentVersion);
        foreach (var type in new[] { validation, notFound, conflict }) type.AddResolvedInterface(Error);
        Types = [validation, notFound, conflict];
    }

    public InterfaceGraphType Error { get; }
    public IReadOnlyList<ObjectGraphType> Types { get; }

    ObjectGraphType Type<T>(string name, string description)
    {
        var type = new ObjectGraphType { Name = name, Description = description, IsTypeOf = o => o is T };
        type.Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words.").Resolve(c => ((MutationError)c.Source!).Message);
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
        foreach (var type in Types) union.AddPossibleType(type);
        return union;
    }
}
