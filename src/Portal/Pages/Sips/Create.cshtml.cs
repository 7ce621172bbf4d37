using MapsterMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Domain.Sips;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Sips;

[Authorize(Policy = PortalPolicies.Editor)]
public class CreateModel(RecordEditor editor, EntityCatalog catalog, IMapper mapper) : PageModel
{
    [BindProperty] public SipInput Input { get; set; } = new() { Status = AccreditationStatus.Accredited };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await editor.CreateAsync(catalog[typeof(Sip)], mapper.ChangesOf(Input, SipInput.Fields));
        if (result is { Succeeded: true, Record: Sip saved })
        {
            TempData["Saved"] = $"{saved.Name} was added to the register.";
            return RedirectToPage("Details", new { id = saved.Id });
        }
        ModelState.AddErrors(result, "Input.");
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        return Page();
    }
}
