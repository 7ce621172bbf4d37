namespace Rag.Portal.Lists;

/// <summary>A hand-built list's order as its URL says it: <c>sort=urn</c>, or <c>sort=-urn</c> for the reverse.</summary>
public sealed record ListSort(string? Value, string Default)
{
    public string Key => string.IsNullOrEmpty(Value) ? Default : Value.TrimStart('-');
    public bool Descending => Value?.StartsWith('-') == true;

    /// <summary>The value a column header links to: its own order, or the reverse when the list is already in it.</summary>
    public string Next(string key) => Key == key && !Descending ? "-" + key : key;

    public string? AriaSort(string key) => Key != key ? null : Descending ? "descending" : "ascending";
}

/// <summary>One sortable column header: its title, the URL that sorts by it, and how the list is sorted now.</summary>
public sealed record SortHeader(string Title, string Url, string? AriaSort);
