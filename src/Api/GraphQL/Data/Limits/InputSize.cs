using System.Collections;
using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Measures argument values, as variables (JSON read into dictionaries and lists) or as literals in the
/// document: the longest list, the deepest nesting and the number of values. It stops descending past the limits,
/// so measuring a hostile value costs no more than the limits allow.</summary>
sealed class InputSize(LimitOptions limits)
{
    public int Values { get; private set; }
    public int Depth { get; private set; }
    public int LongestList { get; private set; }

    public bool WithinLimits =>
        Values <= limits.MaxInputValues && Depth <= limits.MaxInputDepth && LongestList <= limits.MaxInputListItems;

    public void Measure(object? variable, int depth = 1)
    {
        if (!Enter(depth)) return;
        switch (variable)
        {
            case string: break;
            case IDictionary<string, object?> fields:
                foreach (var field in fields.Values) Measure(field, depth + 1);
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                LongestList = Math.Max(LongestList, list.Count);
                foreach (var item in list.Take(limits.MaxInputListItems + 1)) Measure(item, depth + 1);
                break;
        }
    }

    public void Measure(GraphQLValue literal, int depth = 1)
    {
        if (!Enter(depth)) return;
        switch (literal)
        {
            case GraphQLObjectValue { Fields: { } fields }:
                foreach (var field in fields) Measure(field.Value, depth + 1);
                break;
            case GraphQLListValue { Values: { } items }:
                LongestList = Math.Max(LongestList, items.Count);
                foreach (var item in items.Take(limits.MaxInputListItems + 1)) Measure(item, depth + 1);
                break;
        }
    }

    bool Enter(int depth)
    {
        Values++;
        Depth = Math.Max(Depth, depth);
        return depth <= limits.MaxInputDepth && Values <= limits.MaxInputValues;
    }
}
