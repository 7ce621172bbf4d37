using System.Collections;
using System.Globalization;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>A column's value as the portal writes it: for reading (a page, a CSV cell) and for a form field.</summary>
public static class RecordText
{
    public static string Show(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "Yes" : "No",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
        Enum choice => choice.ToString(),
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(Show)),
        _ => value.ToString() ?? "",
    };

    /// <summary>What a form field holds for a value: one string, or one per chosen flag or list line.</summary>
    public static List<string> FormValues(ScalarMember member, object? value) => value switch
    {
        null => [],
        Enum flags when member.IsFlags => member.SetFlags(flags).Select(f => f.ToString()).ToList(),
        bool flag => [flag ? "true" : "false"],
        DateOnly date => [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
        string text => [text],
        IFormattable number => [number.ToString(null, CultureInfo.InvariantCulture)],
        IEnumerable items => items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList(),
        _ => [value.ToString() ?? ""],
    };
}
