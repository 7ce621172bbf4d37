namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>HotChocolate's names for a mutation's types: <c>updateSchool</c> → <c>UpdateSchoolPayload</c>, <c>UpdateSchoolError</c>.</summary>
static class MutationNames
{
    public static string TypeName(string mutation, string suffix) => $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}{suffix}";
}
