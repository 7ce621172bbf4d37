using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Accounts;
using Rag.Persistence.Rules;
using Rag.Portal.Navigation;

namespace Rag.Portal.Pages;

/// <summary>What the record holds, for anyone; and for a signed-in reader the dashboard of rule flags over their LAs
/// (an LA editor's own LAs; everyone else all LAs, or one they choose).</summary>
[AllowAnonymous]
public class IndexModel(RagDbContext db, RuleFlags ruleFlags, IAuthorizationService authorization) : PageModel
{
    public int Letters { get; private set; }
    public int Findings { get; private set; }
    public int LocalAuthorities { get; private set; }

    [BindProperty(SupportsGet = true)] public int? La { get; set; }
    public bool ShowsDashboard { get; private set; }
    public bool OwnLasOnly { get; private set; }
    public IReadOnlyList<RuleFlag> Flags { get; private set; } = [];
    public List<SelectListItem> LocalAuthorityChoices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Letters = await db.FsiLetters.CountAsync();
        Findings = await db.FsiFindings.CountAsync();
        LocalAuthorities = await db.LocalAuthorities.CountAsync();

        ShowsDashboard = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, PortalPolicies.Reader)).Succeeded;
        if (!ShowsDashboard) return;
        OwnLasOnly = User.IsInRole(Roles.LaEditor);
        IReadOnlyCollection<int>? scope = OwnLasOnly
            ? User.FindAll(RagClaims.LocalAuthority).Select(c => int.Parse(c.Value)).ToList()
            : La is int la ? [la] : null;
        Flags = await ruleFlags.FindAsync(scope, HttpContext.RequestAborted);
        var las = db.LocalAuthorities.AsNoTracking();
        if (OwnLasOnly) las = las.Where(l => scope!.Contains(l.Id));
        LocalAuthorityChoices = await las.OrderBy(l => l.Name).Select(l => new SelectListItem(l.Name, l.Id.ToString(), l.Id == La)).ToListAsync();
    }

    /// <summary>Where a flagged record is shown.</summary>
    public static string LinkOf(RuleFlag flag) => flag.Entity switch
    {
        "School" => $"/Schools/Details/{flag.RecordId}",
        "Sip" => $"/Sips/Details/{flag.RecordId}",
        "SipDeployment" when flag.SchoolId is int school => $"/Schools/Details/{school}",
        _ => $"/Records/{flag.Entity}/{flag.RecordId}",
    };
}
