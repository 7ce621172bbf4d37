using System.Collections;
using GraphQL;

namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>Caps the conditions in one <c>where</c>. EF Core prints a run of ORs (or ANDs) without parentheses, so
/// however the expression is built, SQLite parses it as a chain and refuses one over 1,000 deep; a condition can
/// print as up to three terms. An <c>in</c> list counts once: it is sent as one array parameter.</summary>
public static class FilterConditions
{
    public const int Max = 250;

    public static void Check(IDictionary<string, object?> where)
    {
        if (Count(where) > Max)
            throw new ExecutionError($"A filter can hold at most {Max} conditions; use in or nin for a list of values.") { Code = "FILTER_LIMIT" };
    }

    static int Count(IDictionary<string, object?> fields)
    {
        var count = 0;
        foreach (var value in fields.Values)
        {
            count += value switch
            {
                IDictionary<string, object?> nested => Count(nested),
                IEnumerable items and not string when items.Cast<object?>().Any(i => i is IDictionary<string, object?>) =>
                    items.OfType<IDictionary<string, object?>>().Sum(Count), // and, or
                _ => 1,
            };
            if (count > Max) break;
        }
        return count;
    }
}
