using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Accounts;

namespace Rag.Portal.Pages.Account.Manage;

public class TokensModel(UserManager<RagUser> users, PersonalTokens tokens) : PageModel
{
    public List<PersonalApiToken> Tokens { get; private set; } = [];

    /// <summary>The token just made, shown once.</summary>
    public string? Secret { get; private set; }

    [BindProperty, Required, StringLength(100), Display(Name = "What the token is for")]
    public string Name { get; set; } = "";

    public async Task OnGetAsync() => Tokens = await tokens.OfAsync(users.GetUserId(User)!);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid) (_, Secret) = await tokens.CreateAsync(users.GetUserId(User)!, Name);
        Tokens = await tokens.OfAsync(users.GetUserId(User)!);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        await tokens.RevokeAsync(users.GetUserId(User)!, id);
        TempData["Saved"] = "The token is revoked: it no longer signs anything in.";
        return RedirectToPage();
    }
}
