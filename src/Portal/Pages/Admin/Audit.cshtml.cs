using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Pages.Admin;

/// <summary>The audit trail across records, for an Admin: who changed what, when, through which face, filtered
/// by user, record type and date.</summary>
public class AuditModel(AuditQuery audit, EntityCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? Who { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public AuditPage Trail { get; private set; } = null!;
    public List<string> Users { get; private set; } = [];
    public IEnumerable<string> Entities => catalog.Entities.Select(e => e.Name).Order();

    public async Task OnGetAsync()
    {
        Trail = await audit.FindAsync(new AuditFilter(Who, Entity, null, From, To, PageNumber));
        Users = await audit.UsersAsync();
    }

    public string PageUrl(int page) => Url.Page("Audit", new { user = Who, entity = Entity, from = From?.ToString("yyyy-MM-dd"), to = To?.ToString("yyyy-MM-dd"), page })!;
}
