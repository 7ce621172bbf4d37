using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Sips;
using Rag.Persistence;

namespace Rag.Portal.Pages.Sips;

public class IndexModel(RagDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationSectors? Sector { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, AccreditationSectors Sectors, AccreditationStatus Status, DateOnly AccreditedOn, int Schools, DateOnly? LapsesOn);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync()
    {
        var sips = db.Sips.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q)) sips = sips.Where(s => s.Name.Contains(Q.Trim()));
        if (Status is { } status) sips = sips.Where(s => s.Status == status);
        if (Sector is { } sector) sips = sips.Where(s => (s.Sectors & sector) == sector);
        Total = await sips.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var page = await sips.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(s => s.Deployments).ToListAsync();
        Rows = page.Select(s => new Row(s.Id, s.Name, s.Sectors, s.Status, s.AccreditedOn,
            s.Deployments.Count(d => d.StartsOn <= Today && (d.EndsOn == null || d.EndsOn >= Today)), AccreditationRules.LapsesOn(s))).ToList();
    }

    public string PageUrl(int page) => Url.Page("Index", new { Q, Status, Sector, page })!;
}
