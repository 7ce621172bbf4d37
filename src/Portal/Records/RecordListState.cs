using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Rag.Portal.Records;

/// <summary>Everything a list shows, kept in its URL so that a view can be bookmarked, shared and downloaded:
/// <c>?q=words&amp;localAuthorityId=12&amp;sort=name&amp;desc=true&amp;page=2&amp;size=50</c>.</summary>
public sealed record RecordListState(string? Search, IReadOnlyDictionary<string, string> Filters, string? Sort, bool Descending, int Page, int Size)
{
    public static readonly int[] Sizes = [25, 50, 100, 200];
    static readonly HashSet<string> Reserved = ["q", "sort", "desc", "page", "size", "handler"];

    public static RecordListState From(IQueryCollection query)
    {
        var size = int.TryParse(query["size"], out var s) && Sizes.Contains(s) ? s : 50;
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var filters = query.Where(q => !Reserved.Contains(q.Key) && !string.IsNullOrEmpty(q.Value))
            .ToDictionary(q => q.Key, q => q.Value.ToString());
        return new RecordListState(query["q"], filters, query["sort"], query["desc"] == "true", page, size);
    }

    /// <summary>This list's URL with some values changed; a null value drops the parameter.</summary>
    public string Url(string path, params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Search, ["sort"] = Sort, ["desc"] = Descending ? "true" : null,
            ["page"] = Page > 1 ? Page.ToString() : null, ["size"] = Size != 50 ? Size.ToString() : null,
        };
        foreach (var (key, value) in Filters) values[key] = value;
        foreach (var (key, value) in changes) values[key] = value;
        return QueryHelpers.AddQueryString(path, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>The URL that sorts by a column: ascending first, descending on a second click.</summary>
    public string SortUrl(string path, string field) =>
        Url(path, ("sort", field), ("desc", Sort == field && !Descending ? "true" : null), ("page", null));
}
