using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Schools;
using Rag.Persistence;
using Rag.Portal.Lists;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Schools;

/// <summary>Schools found by name or URN, LA, phase and current category; sorted, paged and downloaded in SQL,
/// the state in the URL.</summary>
public class IndexModel(RagDbContext db) : PageModel
{
    const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    [BindProperty(SupportsGet = true)] public SchoolPhase? Phase { get; set; }
    [BindProperty(SupportsGet = true)] public int? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, int? Urn, string LocalAuthority, SchoolPhase Phase, string? Category);

    /// <summary>The columns a user can sort by, as the URL names them.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> Sortable = [("name", "Name"), ("urn", "URN"), ("la", "Local authority"), ("phase", "Phase")];

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];
    public List<SelectListItem> Categories { get; private set; } = [];

    static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task OnGetAsync()
    {
        var schools = Filtered();
        Total = await schools.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await Project(Sorted(schools).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync();
        LocalAuthorities = await db.LocalAuthorities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString(), l.Id == La)).ToListAsync();
        Categories = await db.SchoolCategories.AsNoTracking().OrderBy(c => c.LocalAuthority!.Name).ThenBy(c => c.Number)
            .Select(c => new SelectListItem(c.LocalAuthority!.Name + " " + c.Number + ": " + c.Name, c.Id.ToString(), c.Id == Category)).ToListAsync();
    }

    /// <summary>Every school the filters find, in the list's order, as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        CsvDownload.WriteAsync(Response, "schools.csv", Project(Sorted(Filtered())).AsAsyncEnumerable(), cancellationToken);

    IQueryable<School> Filtered()
    {
        var today = Today;
        var schools = db.Schools.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var pattern = RecordListQuery.ContainsPattern(q);
            schools = int.TryParse(q, out var urn)
                ? schools.Where(s => s.Urn == urn || EF.Functions.Like(s.Name.ToLower(), pattern, "\\"))
                : schools.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, "\\"));
        }
        if (La is int la) schools = schools.Where(s => s.LocalAuthorityId == la);
        if (Phase is { } phase) schools = schools.Where(s => s.Phase == phase);
        if (Category is int category)
            schools = schools.Where(s => s.Categorisations.Any(c => c.SchoolCategoryId == category && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today)));
        return schools;
    }

    ListSort Order => new(Sort, "name");

    IQueryable<School> Sorted(IQueryable<School> schools) => Sort switch
    {
        "-name" => schools.OrderByDescending(s => s.Name).ThenByDescending(s => s.Id),
        "urn" => schools.OrderBy(s => s.Urn == null).ThenBy(s => s.Urn).ThenBy(s => s.Id),
        "-urn" => schools.OrderBy(s => s.Urn == null).ThenByDescending(s => s.Urn).ThenBy(s => s.Id),
        "la" => schools.OrderBy(s => s.LocalAuthority!.Name).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "-la" => schools.OrderByDescending(s => s.LocalAuthority!.Name).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "phase" => schools.OrderBy(s => s.Phase).ThenBy(s => s.Name).ThenBy(s => s.Id),
        "-phase" => schools.OrderByDescending(s => s.Phase).ThenBy(s => s.Name).ThenBy(s => s.Id),
        _ => schools.OrderBy(s => s.Name).ThenBy(s => s.Id),
    };

    static IQueryable<Row> Project(IQueryable<School> schools)
    {
        var today = Today;
        return schools.Select(s => new Row(s.Id, s.Name, s.Urn, s.LocalAuthority!.Name, s.Phase,
            s.Categorisations.Where(c => c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today)).OrderByDescending(c => c.StartsOn)
                .Select(c => c.SchoolCategory!.Number + ": " + c.SchoolCategory.Name).FirstOrDefault()));
    }

    /// <summary>The list's state as the URL keeps it, with another order or page.</summary>
    object Query(string? sort, int? page = null) => new { q = Q, la = La, phase = Phase, category = Category, sort, page };

    public string PageUrl(int page) => Url.Page("Index", Query(Sort, page))!;

    public string CsvUrl => Url.Page("Index", "Csv", Query(Sort))!;

    public IEnumerable<SortHeader> Headers => Sortable.Select(c => new SortHeader(c.Title, Url.Page("Index", Query(Order.Next(c.Key)))!, Order.AriaSort(c.Key)));
}
