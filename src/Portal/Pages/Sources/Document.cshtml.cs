using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence;
using Rag.Persistence.Sources;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Sources;

/// <summary>One source document line by line, each line marked cited, left out (with the reason) or neither; a chosen
/// line (<c>?line=</c>) lists the records citing it. Long documents are shown a section of lines at a time, the
/// section holding the chosen line.</summary>
public class DocumentModel(SourceCoverage coverage, SourceText sources, RagDbContext db) : PageModel
{
    public const int SectionSize = 700;

    [BindProperty(SupportsGet = true)] public int? Line { get; set; }
    [BindProperty(SupportsGet = true)] public int? Section { get; set; }

    public string Document { get; private set; } = "";
    public string Number => Document[..3];
    public DocumentCoverage Coverage { get; private set; } = null!;
    public IReadOnlyList<LineCoverage> Lines { get; private set; } = [];
    public SourceExcerpt Text { get; private set; } = null!;
    public IReadOnlyList<CitingRecord> Citing { get; private set; } = [];
    public int Sections => (Coverage.LineCount + SectionSize - 1) / SectionSize;
    public int First => (CurrentSection - 1) * SectionSize + 1;
    public int Last => Math.Min(Coverage.LineCount, CurrentSection * SectionSize);
    public int CurrentSection { get; private set; }
    public Pager Pager => new(CurrentSection, Sections, s => $"/Sources/{Number}?section={s}");

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (DocumentTitles.Find(name) is not { } document || await coverage.ForAsync(document, cancellationToken) is not { } measured) return NotFound();
        (Document, Coverage) = (document, measured);
        if (Line is { } line && (line < 1 || line > Coverage.LineCount)) Line = null;
        CurrentSection = Line is { } chosen ? (chosen - 1) / SectionSize + 1 : Math.Clamp(Section ?? 1, 1, Sections);
        Lines = (await coverage.LinesAsync(document, cancellationToken)).Skip(First - 1).Take(Last - First + 1).ToList();
        Text = sources.Lines(document, $"{First}-{Last}");
        if (Line is { } selected) Citing = await CitingRecord.LinkAsync(db, await coverage.CitationsAsync(document, selected, cancellationToken), cancellationToken);
        return Page();
    }

    public string LineUrl(int line) => SourceLink.To(Document, line);
}
