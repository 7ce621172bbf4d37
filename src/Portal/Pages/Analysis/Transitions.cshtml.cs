using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Transitions;

namespace Rag.Portal.Pages.Analysis;

public sealed class TransitionsModel(GradeTransitions transitions, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public List<int> Region { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<int> La { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public override string Title => "Grade transitions";
    public GradeTransitionsResult Result { get; private set; } = null!;
    public AnalysisOptions Options { get; private set; } = null!;

    LetterFilter Filter => new() { RegionIds = Region.Count > 0 ? Region : null, LocalAuthorityIds = La.Count > 0 ? La : null, LetterFrom = From, LetterTo = To };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await transitions.BuildAsync(Filter, cancellationToken);
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.Transitions(Filter);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await transitions.BuildAsync(Filter, cancellationToken);
        return Download(Filter.Describe(), AnalysisTables.TransitionLetters(result), AnalysisTables.TransitionFlows(result), AnalysisTables.GradeOrderingTable());
    }

    /// <summary>The per-letter movements as Chart.js data: one stacked bar per letter.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        axis = "Inspected schools",
        labels = Result.Letters.Select(l => $"{l.LocalAuthority} ({l.Schools})"),
        datasets = new object[]
        {
            new { label = "Improved", data = Result.Letters.Select(l => l.Improved), backgroundColor = "#1e7b34" },
            new { label = "Stayed", data = Result.Letters.Select(l => l.Stayed), backgroundColor = "#8a8f98" },
            new { label = "Declined", data = Result.Letters.Select(l => l.Declined), backgroundColor = "#b42318" },
            new { label = "Not comparable", data = Result.Letters.Select(l => l.NotComparable), backgroundColor = "#d8dce3" },
        },
    });
}
