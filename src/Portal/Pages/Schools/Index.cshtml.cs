using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Schools;
using Rag.Persistence;

namespace Rag.Portal.Pages.Schools;

public class IndexModel(RagDbContext db) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    [BindProperty(SupportsGet = true)] public SchoolPhase? Phase { get; set; }
    [BindProperty(SupportsGet = true)] public int? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, int? Urn, string LocalAuthority, SchoolPhase Phase, string? Category);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];
    public List<SelectListItem> Categories { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var schools = db.Schools.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            schools = int.TryParse(q, out var urn) ? schools.Where(s => s.Urn == urn || s.Name.Contains(q)) : schools.Where(s => s.Name.Contains(q));
        }
        if (La is int la) schools = schools.Where(s => s.LocalAuthorityId == la);
        if (Phase is { } phase) schools = schools.Where(s => s.Phase == phase);
        if (Category is int category)
            schools = schools.Where(s => s.Categorisations.Any(c => c.SchoolCategoryId == category && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today)));
        Total = await schools.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await schools.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Name, s.Urn, s.LocalAuthority!.Name, s.Phase,
                s.Categorisations.Where(c => c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today)).OrderByDescending(c => c.StartsOn)
                    .Select(c => c.SchoolCategory!.Number + ": " + c.SchoolCategory.Name).FirstOrDefault()))
            .ToListAsync();
        LocalAuthorities = await db.LocalAuthorities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString(), l.Id == La)).ToListAsync();
        Categories = await db.SchoolCategories.AsNoTracking().OrderBy(c => c.LocalAuthority!.Name).ThenBy(c => c.Number)
            .Select(c => new SelectListItem(c.LocalAuthority!.Name + " " + c.Number + ": " + c.Name, c.Id.ToString(), c.Id == Category)).ToListAsync();
    }

    public string PageUrl(int page) => Url.Page("Index", new { Q, La, Phase, Category, page })!;
}
