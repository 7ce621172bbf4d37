using System.ComponentModel.DataAnnotations;
using MapsterMapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rag.Domain.Sips;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Persistence.Sips;
using Rag.Portal.Editing;

namespace Rag.Portal.Pages.Programme;

/// <summary>An LA's readiness dashboard (003 lines 240-257) and the form that records an evaluation through the editing core.</summary>
public class ReadinessModel(SipProgrammeQueries queries, RecordEditor editor, EntityCatalog catalog, IMapper mapper) : PageModel
{
    [BindProperty(SupportsGet = true)] public int La { get; set; }
    [BindProperty] public EvaluationInput Input { get; set; } = new();

    public ReadinessDashboard Dashboard { get; private set; } = null!;
    public List<SelectListItem> Areas { get; private set; } = [];
    public List<SelectListItem> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();
        var changes = mapper.ChangesOf(Input);
        changes["localAuthorityId"] = La;
        var saved = await editor.CreateAsync(catalog[typeof(ReadinessEvaluation)], changes);
        if (!saved.Succeeded)
        {
            ModelState.AddErrors(saved, "Input.");
            return Page();
        }
        TempData["Saved"] = "The evaluation is recorded.";
        return RedirectToPage(new { la = La });
    }

    async Task<bool> LoadAsync()
    {
        if (await queries.ReadinessAsync(La) is not { } dashboard) return false;
        Dashboard = dashboard;
        Areas = dashboard.Areas.Select(a => new SelectListItem($"{a.Order}. {a.Name}", a.Id.ToString())).ToList();
        Statements = dashboard.Statements.Select(s => new SelectListItem($"{s.Label} ({s.Colour.ToString().ToLowerInvariant()}): {s.Text}", s.Id.ToString())).ToList();
        return true;
    }

    public sealed class EvaluationInput
    {
        [Required, Display(Name = "Date of evaluation")] public DateOnly? EvaluatedOn { get; set; }
        [Required, Display(Name = "Area")] public int? ReadinessAreaId { get; set; }
        [Required, Display(Name = "Best-fit statement")] public int? ReadinessStatementId { get; set; }
        [Display(Name = "Note of visit")] public string? Note { get; set; }
    }
}
