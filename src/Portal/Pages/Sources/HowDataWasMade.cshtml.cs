using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Fsi;
using Rag.Persistence.Sources;

namespace Rag.Portal.Pages.Sources;

/// <summary>How Rag's data was made: the two readings of 002 and their agreement, what settling them changed, the
/// suggested rating's accuracy, and the coverage of the five documents. The figures are the GraphQL fields'
/// (<c>readingAgreement</c>, <c>suggestedRagEvaluation</c>, <c>sourceDocuments</c>), from the same services.</summary>
public class HowDataWasMadeModel(ReadingAgreement agreement, SuggestedRagEvaluation suggestions, SourceCoverage coverage) : PageModel
{
    public ReadingAgreementReport Agreement => agreement.Report;
    public SuggestedRagFigures Suggestions { get; private set; } = null!;
    public IReadOnlyList<DocumentCoverage> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Suggestions = await suggestions.MeasureAsync(cancellationToken);
        Documents = await coverage.AllAsync(cancellationToken);
    }

    public static string Kappa(double? kappa) => kappa is { } k ? k.ToString("0.000") : "undefined";
}
