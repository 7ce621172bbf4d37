using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Persistence.Fsi;
using Rag.Persistence.Sources;

namespace Rag.Portal.Pages.Review;

/// <summary>The review queue: one curated finding at a time, beside its lines of 002, with buttons to confirm or
/// correct its heading, its LA (letter) and its rating. Each decision is an update through the editing core, so
/// the audit trail keeps it.</summary>
public class IndexModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, EditScope scope, SourceText sources,
    ReviewProgress review, ReadingAgreement readings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "flag")] public string? FlagKey { get; set; }
    [BindProperty(SupportsGet = true)] public int At { get; set; }

    public ReviewFlag Flag => ReviewFlag.Of(FlagKey);
    public IReadOnlyList<FlagProgress> Progress { get; private set; } = [];
    public int Count { get; private set; }
    public FsiFinding? Item { get; private set; }
    public SourceExcerpt? Source { get; private set; }
    /// <summary>The independent second reading's finding on the same lines, for its boundary (docs/second-reading.md).</summary>
    public ReadFinding? SecondReading { get; private set; }
    /// <summary>The rating the wording suggests: shown as suggested until an editor confirms a rating.</summary>
    public RagSuggestion? Suggestion { get; private set; }
    public IReadOnlyList<FsiHeading> Headings { get; private set; } = [];
    public IReadOnlyList<FsiLetter> Letters { get; private set; } = [];

    EntityDescriptor Findings => catalog[typeof(FsiFinding)];

    public async Task<IActionResult> OnGetAsync()
    {
        // An LA editor passes the folder's Editor policy but may not change FSI findings: nothing here is theirs to do.
        if (scope.Refuses(Findings) is not null) return Forbid();
        Progress = await review.AllAsync();
        var queue = Flag.Flagged(db.FsiFindings.AsNoTracking()).OrderBy(f => f.Letter!.LetterDate).ThenBy(f => f.Order);
        Count = await queue.CountAsync();
        At = Count == 0 ? 0 : Math.Clamp(At, 0, Count - 1);
        Item = await queue.Skip(At).Include(f => f.Letter!).ThenInclude(l => l.LocalAuthority)
            .Include(f => f.Heading!).ThenInclude(h => h.Group).FirstOrDefaultAsync();
        if (Item is not null)
        {
            Source = sources.Lines(Item.SourceDocument, Item.SourceLines, context: 3);
            SecondReading = readings.SecondReadingAt(Item.SourceLines);
            Suggestion = RagSuggestion.From(Item.Text);
        }
        Headings = await db.FsiHeadings.AsNoTracking().Include(h => h.Group).OrderBy(h => h.Group!.Order).ThenBy(h => h.Order).ToListAsync();
        Letters = await db.FsiLetters.AsNoTracking().Include(l => l.LocalAuthority).OrderBy(l => l.LocalAuthority!.Name).ToListAsync();
        return Page();
    }

    public Task<IActionResult> OnPostConfirmHeadingAsync(int id, int version) =>
        DecideAsync(id, version, new() { ["headingUncertain"] = false }, "The heading is confirmed.");

    public Task<IActionResult> OnPostCorrectHeadingAsync(int id, int version, int headingId) =>
        DecideAsync(id, version, new() { ["fsiHeadingId"] = headingId, ["headingUncertain"] = false }, "The heading is corrected.");

    public Task<IActionResult> OnPostConfirmLetterAsync(int id, int version) =>
        DecideAsync(id, version, new() { ["attributionUncertain"] = false }, "The LA is confirmed.");

    public async Task<IActionResult> OnPostCorrectLetterAsync(int id, int version, int letterId)
    {
        // The finding goes to the end of the other letter's findings.
        var order = await db.FsiFindings.Where(f => f.FsiLetterId == letterId).MaxAsync(f => (int?)f.Order) + 1 ?? 1;
        return await DecideAsync(id, version, new() { ["fsiLetterId"] = letterId, ["order"] = order, ["attributionUncertain"] = false },
            "The finding is moved to the other LA's letter.");
    }

    public Task<IActionResult> OnPostConfirmRatingAsync(int id, int version) =>
        DecideAsync(id, version, new() { ["ragIsInferred"] = false }, "The rating is confirmed.");

    public Task<IActionResult> OnPostCorrectRatingAsync(int id, int version, RagRating rag) =>
        DecideAsync(id, version, new() { ["rag"] = rag, ["ragIsInferred"] = false }, $"The rating is corrected to {rag}.");

    async Task<IActionResult> DecideAsync(int id, int version, Dictionary<string, object?> changes, string done)
    {
        if (scope.Refuses(Findings) is not null) return StatusCode(StatusCodes.Status403Forbidden);
        var result = await editor.UpdateAsync(Findings, id, version, changes);
        TempData[result.Succeeded ? "Saved" : "ReviewError"] = result.Succeeded ? done : string.Join(" ", result.Errors.Select(e => e.Message));
        // The decided finding usually leaves this filter, so the same position shows the next one.
        return RedirectToPage(new { flag = Flag.Key, at = At });
    }
}
