using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages.Analysis;

[Authorize(Policy = PortalPolicies.Reader)]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
