using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;

namespace Rag.Portal.Pages;

public class IndexModel(RagDbContext db) : PageModel
{
    public int Letters { get; private set; }
    public int Findings { get; private set; }
    public int LocalAuthorities { get; private set; }

    public async Task OnGetAsync()
    {
        Letters = await db.FsiLetters.CountAsync();
        Findings = await db.FsiFindings.CountAsync();
        LocalAuthorities = await db.LocalAuthorities.CountAsync();
    }
}
