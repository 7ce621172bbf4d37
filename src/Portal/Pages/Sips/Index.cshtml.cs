using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Sips;
using Rag.Persistence;
using Rag.Portal.Lists;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Sips;

/// <summary>The SIP register: found by name, status and sector; sorted, paged and downloaded in SQL, the state in the URL.</summary>
public class IndexModel(RagDbContext db, TimeProvider clock) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationSectors? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, AccreditationSectors Sectors, AccreditationStatus Status, DateOnly AccreditedOn, int Schools, DateOnly? LapsesOn);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The columns a user can sort by, as the URL names them (the lapse date is a rule's answer, not a column).</summary>
    static readonly IReadOnlyList<(string Key, string Title)> Sortable = [("name", "Name"), ("status", "Status"), ("accredited", "Accredited on")];

    ListSort Order => new(Sort, "name");

    public async Task OnGetAsync()
    {
        var sips = Filtered();
        Total = await sips.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var page = await Sorted(sips).Skip((PageNumber - 1) * PageSize).Take(PageSize).Include(s => s.Deployments).ToListAsync();
        Rows = page.Select(RowOf).ToList();
    }

    /// <summary>Every SIP the filters find, in the list's order, as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.WriteAsync(Response, "sips.csv", Sorted(Filtered()).Include(s => s.Deployments).AsAsyncEnumerable().Select(RowOf), cancellationToken);

    Row RowOf(Sip s) => new(s.Id, s.Name, s.Sectors, s.Status, s.AccreditedOn,
        s.Deployments.Count(d => d.StartsOn <= Today && (d.EndsOn == null || d.EndsOn >= Today)), AccreditationRules.LapsesOn(s));

    IQueryable<Sip> Filtered()
    {
        var sips = db.Sips.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = RecordListQuery.ContainsPattern(Q.Trim());
            sips = sips.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, "\\"));
        }
        if (Status is { } status) sips = sips.Where(s => s.Status == status);
        if (Sector is { } sector) sips = sips.Where(s => (s.Sectors & sector) == sector);
        return sips;
    }

    IQueryable<Sip> Sorted(IQueryable<Sip> sips) => Sort switch
    {
        "-name" => sips.OrderByDescending(s => s.Name).ThenByDescending(s => s.Id),
        "status" => sips.OrderBy(s => s.Status).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "-status" => sips.OrderByDescending(s => s.Status).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "accredited" => sips.OrderBy(s => s.AccreditedOn).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "-accredited" => sips.OrderByDescending(s => s.AccreditedOn).ThenBy(s => s.Name).ThenBy(s => s.Id),
        _ => sips.OrderBy(s => s.Name).ThenBy(s => s.Id),
    };

    /// <summary>The list's state as the URL keeps it, with another order or page.</summary>
    object Query(string? sort, int? page = null) => new { q = Q, status = Status, sector = Sector, sort, page };

    public string PageUrl(int page) => Url.Page("Index", Query(Sort, page))!;

    public string CsvUrl => Url.Page("Index", "Csv", Query(Sort))!;

    public SortHeader Header(string key) => new(Sortable.Single(c => c.Key == key).Title, Url.Page("Index", Query(Order.Next(key)))!, Order.AriaSort(key));
}
