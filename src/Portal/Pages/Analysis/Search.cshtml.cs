using Microsoft.AspNetCore.Mvc;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Search;

namespace Rag.Portal.Pages.Analysis;

public sealed class SearchModel(TextSearch search) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public List<SearchKind> Kind { get; set; } = [];

    public override string Title => "Search";
    public SearchResults? Results { get; private set; }

    SearchFilter Filter => new() { Query = Q ?? "", Kinds = Kind.Count > 0 ? Kind : null, Limit = 200 };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q)) Results = await search.SearchAsync(Filter, cancellationToken);
        GraphQLQuery = AnalysisQueries.Search(Filter);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken) =>
        Download([("Search", Q ?? ""), ("Texts", Kind.Count > 0 ? string.Join(", ", Kind) : "all")],
            AnalysisTables.Search(await search.SearchAsync(Filter with { Limit = 1000 }, cancellationToken)));

    public static string Describe(SearchKind kind) => kind switch
    {
        SearchKind.Finding => "Finding",
        SearchKind.FindingNote => "Curator's note on a finding",
        SearchKind.LetterReason => "Letter's reason for the inspection",
        _ => "Letter's notes",
    };
}
