using Rag.Persistence.Catalog;
using GraphQL.Types;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Sorting;

namespace Rag.Api.GraphQL.Data;

/// <summary>The <c>where</c>, <c>order</c> and paging arguments, named as HotChocolate names them.</summary>
public static class EntityArguments
{
    public static QueryArguments WhereAndOrder(EntityDescriptor entity) =>
    [
        new QueryArgument(new GraphQLTypeReference(FilterInputTypes.NameOf(entity))) { Name = "where", Description = "Only the records that match." },
        new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(SortInputTypes.NameOf(entity)))))
            { Name = "order", Description = "The order of the records; ties fall back to id." },
    ];

    public static QueryArguments Paged(EntityDescriptor entity)
    {
        var arguments = WhereAndOrder(entity);
        arguments.Add(new QueryArgument(new GraphQLTypeReference("Int")) { Name = "first", Description = "Returns the first n records after `after`." });
        arguments.Add(new QueryArgument(new GraphQLTypeReference("String")) { Name = "after", Description = "Returns the records after this cursor." });
        arguments.Add(new QueryArgument(new GraphQLTypeReference("Int")) { Name = "last", Description = "Returns the last n records before `before`." });
        arguments.Add(new QueryArgument(new GraphQLTypeReference("String")) { Name = "before", Description = "Returns the records before this cursor." });
        return arguments;
    }

    public static QueryArguments Offset(EntityDescriptor entity)
    {
        var arguments = WhereAndOrder(entity);
        arguments.Add(new QueryArgument(new GraphQLTypeReference("Int")) { Name = "skip", Description = "Skips this many records (0 when left out)." });
        arguments.Add(new QueryArgument(new GraphQLTypeReference("Int")) { Name = "take", Description = "Returns at most this many records (the default page size when left out)." });
        return arguments;
    }
}
