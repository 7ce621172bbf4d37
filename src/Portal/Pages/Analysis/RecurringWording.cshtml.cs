using Microsoft.AspNetCore.Mvc;
using Rag.Persistence;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Wording;

namespace Rag.Portal.Pages.Analysis;

public sealed class RecurringWordingModel(RecurringWording wording, RagDbContext db) : AnalysisPageModel
{
    [BindProperty(SupportsGet = true)] public double Threshold { get; set; } = 0.2;
    [BindProperty(SupportsGet = true)] public int Words { get; set; } = 3;
    [BindProperty(SupportsGet = true)] public List<int> Heading { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<int> La { get; set; } = [];

    public override string Title => "Recurring wording";
    public List<WordingPair> Pairs { get; private set; } = [];
    public AnalysisOptions Options { get; private set; } = null!;

    WordingFilter Filter => new() { Threshold = Threshold, WordsPerSequence = Words, HeadingIds = Heading.Count > 0 ? Heading : null, LocalAuthorityIds = La.Count > 0 ? La : null };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pairs = await wording.FindAsync(Filter, cancellationToken);
        Options = await AnalysisOptions.LoadAsync(db, cancellationToken);
        GraphQLQuery = AnalysisQueries.RecurringWording(Filter);
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken) =>
        Download([("Threshold", Threshold.ToString("0.00")), ("Words per sequence", Words.ToString()), ("Headings (IDs)", string.Join(", ", Heading)), ("LAs (IDs)", string.Join(", ", La))],
            AnalysisTables.WordingPairs(await wording.FindAsync(Filter, cancellationToken)));
}
