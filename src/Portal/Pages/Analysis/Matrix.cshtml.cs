using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Matrix;

namespace Rag.Portal.Pages.Analysis;

public sealed class MatrixModel(ComparisonMatrix matrix, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public FindingFilterForm Filter { get; set; } = new();

    public override string Title => "Comparison matrix";
    public ComparisonMatrixResult Result { get; private set; } = null!;
    public AnalysisOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await matrix.BuildAsync(Filter.ToFilter(), cancellationToken);
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.Matrix(Filter.ToFilter());
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await matrix.BuildAsync(Filter.ToFilter(), cancellationToken);
        return Download(Filter.ToFilter().Describe(), AnalysisTables.MatrixFindings(result), AnalysisTables.MatrixCells(result));
    }
}
