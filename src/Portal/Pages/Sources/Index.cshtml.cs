using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Sources;

namespace Rag.Portal.Pages.Sources;

/// <summary>The five source documents, each with the share of its lines Rag cites (GraphQL <c>sourceDocuments</c>).</summary>
public class IndexModel(SourceCoverage coverage) : PageModel
{
    public IReadOnlyList<DocumentCoverage> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Documents = await coverage.AllAsync(cancellationToken);
}
