using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Sips;

namespace Rag.Portal.Pages.Programme;

/// <summary>SIPmanager's "Allocation summary" (003 line 1300) for one LA, with what 003 asks an LA to watch.</summary>
public class AllocationModel(SipProgrammeQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int La { get; set; }
    public AllocationSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await queries.AllocationSummaryAsync(La) is not { } summary) return NotFound();
        Summary = summary;
        return Page();
    }
}
