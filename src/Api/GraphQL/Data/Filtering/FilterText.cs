using System.Collections;
using GraphQL;

namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>Checks a text filter's values before they reach the database, so each odd value gets a clear error
/// rather than a wrong answer or a database error.</summary>
public static class FilterText
{
    /// <summary>Longer than any text Rag holds; a longer pattern can only fail or match nothing.</summary>
    public const int MaxLength = 4_000;

    public static object? Checked(object? value)
    {
        if (value is string text) Check(text);
        else if (value is IEnumerable items) foreach (var item in items.OfType<string>()) Check(item);
        return value;
    }

    static void Check(string text)
    {
        // SQLite reads a parameter only up to a NUL, so endsWith "\0" matched every record; PostgreSQL refuses
        // the character outright. No stored text can hold one.
        if (text.Contains('\0'))
            throw new ExecutionError("A text filter cannot contain the NUL character (U+0000).") { Code = "FILTER_INVALID_TEXT" };
        if (text.Length > MaxLength)
            throw new ExecutionError($"A text filter can be at most {MaxLength} characters long.") { Code = "FILTER_TEXT_LIMIT" };
    }
}
