using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>A calendar date, named <c>Date</c> as HotChocolate names it.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date, as yyyy-MM-dd.";
    }
}
