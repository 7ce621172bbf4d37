using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Profiles;

namespace Rag.Portal.Pages.Analysis;

public sealed class LaProfileModel(LaProfile profiles, RagDbContext db) : AnalysisPageModel
{
    /// <summary>The LA's ID; or <see cref="Letter"/>, a letter's ID, to open its LA.</summary>
    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    [BindProperty(SupportsGet = true)] public int? Letter { get; set; }

    public override string Title => "LA profile";
    public LaProfileResult? Result { get; private set; }
    public AnalysisOptions Options { get; private set; } = null!;

    async Task<LaProfileResult?> BuildAsync(CancellationToken cancellationToken)
    {
        if (La is null && Letter is { } letter)
            La = await db.FsiLetters.Where(l => l.Id == letter).Select(l => (int?)l.LocalAuthorityId).SingleOrDefaultAsync(cancellationToken);
        La ??= await db.LocalAuthorities.Where(la => la.FsiLetters.Any()).OrderBy(la => la.Name).Select(la => (int?)la.Id).FirstOrDefaultAsync(cancellationToken);
        return La is { } id ? await profiles.BuildAsync(id, null, cancellationToken) : null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await BuildAsync(cancellationToken);
        if (Result is null) return NotFound();
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.LaProfile(Result.LocalAuthorityId);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await BuildAsync(cancellationToken);
        if (result is null) return NotFound();
        return Download([("Local authority", result.LocalAuthority)], AnalysisTables.ProfileMeasures(result), AnalysisTables.ProfileFindings(result));
    }
}
