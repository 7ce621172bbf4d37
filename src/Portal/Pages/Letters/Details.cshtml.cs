using MapsterMapper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Letters;

/// <summary>One FSI letter, edited on its own page: its fields, its before list, transitions and findings (each row
/// in place through htmx), its data check and its history. Every change goes through the editing core.</summary>
public partial class DetailsModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, EditScope scope, IMapper mapper,
    LetterChecks checks, LetterHistory history) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty(SupportsGet = true, Name = "historyPage")] public int HistoryPage { get; set; } = 1;

    public FsiLetter Letter { get; private set; } = null!;
    public IReadOnlyList<RuleFinding> DataCheck { get; private set; } = [];
    public IReadOnlyList<FsiHeading> Headings { get; private set; } = [];
    public AuditPage? History { get; private set; }
    public bool CanEdit => scope.Refuses(catalog[typeof(FsiLetter)]) is null;

    [BindProperty] public LetterInput Input { get; set; } = new();
    /// <summary>The letter as someone else saved it, when this editor's save was refused as stale.</summary>
    public FsiLetter? Theirs { get; private set; }
    public FindingInput NewFinding { get; set; } = new() { Rag = RagRating.Amber };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input = mapper.Map<LetterInput>(Letter);
        if (Tab == "history") History = await history.OfAsync(Id, HistoryPage);
        return Page();
    }

    public async Task<IActionResult> OnGetDataCheckAsync() =>
        Partial("_DataCheck", new DataCheckView(Id, await checks.OfAsync(Id)));

    public async Task<IActionResult> OnPostLetterAsync()
    {
        if (Refused() is { } refused) return refused;
        if (ModelState.IsValid)
        {
            var changes = mapper.ChangesOf(Input, nameof(LetterInput.LetterDate), nameof(LetterInput.SchoolCount),
                nameof(LetterInput.Reason), nameof(LetterInput.Scope), nameof(LetterInput.Notes));
            var result = await editor.UpdateAsync(catalog[typeof(FsiLetter)], Id, Input.Version, changes);
            if (result.Succeeded)
            {
                TempData["Saved"] = "The letter is saved.";
                return RedirectToPage(new { Id });
            }
            ModelState.AddErrors(result, "Input.");
            Theirs = result.Theirs() as FsiLetter;
            if (Theirs is not null) ModelState.SetModelValue("Input.Version", Theirs.Version, Theirs.Version.ToString());
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>403 for anyone the editing core would refuse: the page offers them no form, so this is a crafted post.</summary>
    IActionResult? Refused() => CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);

    bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    /// <summary>Tells the page's data check to reload: the before list or the transitions changed.</summary>
    void LetterChanged() => Response.Headers["HX-Trigger"] = "letter-changed";

    async Task<bool> LoadAsync()
    {
        var letter = await db.FsiLetters.AsNoTrackingWithIdentityResolution()
            .Include(l => l.LocalAuthority!).ThenInclude(la => la.Region)
            .Include(l => l.GradesBefore.OrderBy(g => g.Order))
            .Include(l => l.Transitions.OrderBy(t => t.Order))
            .Include(l => l.Findings.OrderBy(f => f.Order)).ThenInclude(f => f.Heading!).ThenInclude(h => h.Group)
            .SingleOrDefaultAsync(l => l.Id == Id);
        if (letter is null) return false;
        Letter = letter;
        DataCheck = await checks.OfAsync(Id);
        Headings = await HeadingsAsync();
        return true;
    }

    Task<List<FsiHeading>> HeadingsAsync() =>
        db.FsiHeadings.AsNoTracking().Include(h => h.Group).OrderBy(h => h.Group!.Order).ThenBy(h => h.Order).ToListAsync();
}

public sealed record DataCheckView(int LetterId, IReadOnlyList<RuleFinding> Findings);
