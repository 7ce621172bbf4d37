using MapsterMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Schools;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Schools;

[Authorize(Policy = PortalPolicies.Editor)]
public class CreateModel(RagDbContext db, RecordEditor editor, EntityCatalog catalog, IMapper mapper) : PageModel
{
    [BindProperty] public SchoolInput Input { get; set; } = new();
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var result = await editor.CreateAsync(catalog[typeof(School)], mapper.ChangesOf(Input, SchoolInput.Fields));
        if (result.Record is School saved && result.Errors.Count == 0)
        {
            TempData["Saved"] = $"{saved.Name} was added.";
            return RedirectToPage("Details", new { id = saved.Id });
        }
        ModelState.AddErrors(result, "Input.");
        if (result.Errors.Any(e => e is ForbiddenError)) Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync() => LocalAuthorities = await SchoolChoices.LocalAuthoritiesAsync(db, User);
}

/// <summary>The choices the school forms offer.</summary>
static class SchoolChoices
{
    /// <summary>An LA editor's own LAs, else every LA.</summary>
    public static async Task<List<SelectListItem>> LocalAuthoritiesAsync(RagDbContext db, System.Security.Claims.ClaimsPrincipal user)
    {
        var las = db.LocalAuthorities.AsNoTracking();
        if (user.IsInRole(Roles.LaEditor))
        {
            var mine = user.FindAll(RagClaims.LocalAuthority).Select(c => int.Parse(c.Value)).ToList();
            las = las.Where(l => mine.Contains(l.Id));
        }
        return await las.OrderBy(l => l.Name).Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToListAsync();
    }
}
