using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Profiles;

namespace Rag.Portal.Pages.Analysis;

public sealed class HeadingProfileModel(HeadingProfile profiles, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public int? Heading { get; set; }
    [BindProperty(SupportsGet = true)] public FindingFilterForm Filter { get; set; } = new();

    public override string Title => "Heading profile";
    public HeadingProfileResult? Result { get; private set; }
    public AnalysisOptions Options { get; private set; } = null!;

    async Task<HeadingProfileResult?> BuildAsync(CancellationToken cancellationToken)
    {
        Heading ??= await db.FsiHeadings.OrderBy(h => h.Order).Select(h => (int?)h.Id).FirstOrDefaultAsync(cancellationToken);
        return Heading is { } id ? await profiles.BuildAsync(id, Filter.ToFilter(), cancellationToken) : null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await BuildAsync(cancellationToken);
        if (Result is null) return NotFound();
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.HeadingProfile(Result.HeadingId, Filter.ToFilter());
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await BuildAsync(cancellationToken);
        if (result is null) return NotFound();
        return Download(Filter.ToFilter().Describe().Prepend(("Heading", result.Heading)), AnalysisTables.HeadingFindings(result), AnalysisTables.HeadingTerms(result));
    }
}
