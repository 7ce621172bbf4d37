using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Sips;

namespace Rag.Portal.Pages.Analysis;

public sealed class SipVisitsModel(SipVisitAnalysis analysis, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public List<int> Region { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<int> La { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }

    public override string Title => "SIPs and visits";
    public List<LaSipVisits> Result { get; private set; } = [];
    public AnalysisOptions Options { get; private set; } = null!;

    SipVisitFilter Filter => new() { RegionIds = Region.Count > 0 ? Region : null, LocalAuthorityIds = La.Count > 0 ? La : null, Today = Day };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await analysis.BuildAsync(Filter, cancellationToken);
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.SipVisits(Filter);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await analysis.BuildAsync(Filter, cancellationToken);
        return Download([("Regions (IDs)", string.Join(", ", Region)), ("LAs (IDs)", string.Join(", ", La)), ("Day", Day?.ToString("yyyy-MM-dd") ?? "today")],
            AnalysisTables.SipSummary(result), AnalysisTables.SipVisits(result));
    }
}
