using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Rag.Persistence.Sips;

namespace Rag.Portal.Pages.Programme;

public class IndexModel(SipProgrammeQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    public List<SelectListItem> LocalAuthorities { get; private set; } = [];

    public async Task OnGetAsync() => LocalAuthorities = ProgrammeChoices.Items((await queries.ChoicesAsync()).LocalAuthorities, La);
}
