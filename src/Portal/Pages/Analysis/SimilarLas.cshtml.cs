using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Similarity;

namespace Rag.Portal.Pages.Analysis;

public sealed class SimilarLasModel(SimilarLocalAuthorities similar, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public List<int> La { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int Neighbours { get; set; } = 3;

    public override string Title => "Similar LAs";
    public List<LocalAuthorityNeighbours> Result { get; private set; } = [];
    public AnalysisOptions Options { get; private set; } = null!;

    SimilarityFilter Filter => new() { LocalAuthorityIds = La.Count > 0 ? La : null, Neighbours = Neighbours };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await similar.FindAsync(Filter, cancellationToken);
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.SimilarLas(Filter);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken) =>
        Download([("LAs (IDs)", La.Count > 0 ? string.Join(", ", La) : "all"), ("Neighbours", Neighbours.ToString())],
            AnalysisTables.Neighbours(await similar.FindAsync(Filter, cancellationToken)));
}
