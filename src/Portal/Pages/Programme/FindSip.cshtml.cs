using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rag.Domain.Sips;
using Rag.Persistence.Sips;

namespace Rag.Portal.Pages.Programme;

/// <summary>SIPmanager's "Find a SIP" (003 line 1296): SIPs willing to work in a region or LA, by sector and accreditation.</summary>
public class FindSipModel(SipProgrammeQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public AccreditationSectors? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public int? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationStatus? Status { get; set; } = AccreditationStatus.Accredited;

    public IReadOnlyList<SipSearchRow> Sips { get; private set; } = [];
    public List<SelectListItem> Regions { get; private set; } = [];
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];
    public List<SelectListItem> Sectors => new[] { AccreditationSectors.Primary, AccreditationSectors.Secondary, AccreditationSectors.Special }
        .Select(s => new SelectListItem(s.ToString(), s.ToString(), s == Sector)).ToList();
    public List<SelectListItem> Statuses => Enum.GetValues<AccreditationStatus>()
        .Select(s => new SelectListItem(s.ToString(), s.ToString(), s == Status)).ToList();

    public async Task OnGetAsync()
    {
        var (las, regions) = await queries.ChoicesAsync();
        Regions = ProgrammeChoices.Items(regions, Region);
        LocalAuthorities = ProgrammeChoices.Items(las, La);
        Sips = await queries.FindSipsAsync(new SipSearch(Sector, Region, La, Status));
    }
}
