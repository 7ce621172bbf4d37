namespace Rag.Portal.Navigation;

/// <summary>Previous / next links of a list paged in SQL; the list keeps its filters in the URL.</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> UrlOf);
