using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Sips;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Programme;

/// <summary>A SIP's annual performance reviews (003 Appendix G) and accreditation history (Appendix H).</summary>
public class SipHistoryModel(SipProgrammeQueries queries) : PageModel
{
    public SipHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await queries.HistoryAsync(id) is not { } history) return NotFound();
        History = history;
        return Page();
    }

    /// <summary>Records the warnings and lapses now due for every SIP, through the editing core as the signed-in editor.</summary>
    [Authorize(Policy = PortalPolicies.Editor)]
    public async Task<IActionResult> OnPostRecordDueAsync(int id, [FromServices] AccreditationLapses lapses)
    {
        var run = await lapses.RecordDueAsync();
        TempData["Saved"] = run.Errors.Count > 0 ? string.Join(" ", run.Errors)
            : run.Recorded.Count == 0 ? "No warning or lapse was due." : $"Recorded {run.Recorded.Count} event(s): "
              + string.Join("; ", run.Recorded.Select(r => $"{r.SipName} {r.Kind.ToString().ToLowerInvariant()} {r.OccurredOn:d MMM yyyy}"));
        return RedirectToPage(new { id });
    }
}
