using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Accounts;

namespace Rag.Portal.Pages.Admin.Users;

public class EditModel(RagDbContext db, UserManager<RagUser> users, AccountAdministration accounts) : PageModel
{
    public RagUser Account { get; private set; } = null!;
    public SelectList RoleChoices { get; } = new(Roles.All.Select(r => new { Value = r, Text = Roles.Describe(r) }), "Value", "Text");
    public List<SelectListItem> LocalAuthorityChoices { get; private set; } = [];
    public bool LockedOut { get; private set; }
    public string? NewPassword { get; private set; }

    [BindProperty, Required, Display(Name = "Role")]
    public string Role { get; set; } = Roles.Viewer;

    [BindProperty, Display(Name = "LAs (for an LA editor)")]
    public List<int> LocalAuthorities { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? Roles.Viewer;
        LocalAuthorities = await db.UserLocalAuthorities.Where(a => a.UserId == id).Select(a => a.LocalAuthorityId).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Roles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Choose one of the four roles.");
        if (Role == Roles.LaEditor && LocalAuthorities.Count == 0) ModelState.AddModelError(nameof(LocalAuthorities), "An LA editor needs at least one LA.");
        if (Account.Id == users.GetUserId(User) && Role != Roles.Admin) ModelState.AddModelError(nameof(Role), "You cannot take the Admin role from yourself.");
        if (!ModelState.IsValid) return Page();
        await accounts.SetRoleAsync(Account, Role);
        await accounts.SetLocalAuthoritiesAsync(Account, Role == Roles.LaEditor ? LocalAuthorities : []);
        TempData["Saved"] = $"{Account.Email} is now {Roles.Describe(Role)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var password = AccountAdministration.GeneratePassword();
        var reset = await accounts.ResetPasswordAsync(Account, password);
        if (reset.Succeeded) { NewPassword = password; LockedOut = false; }
        foreach (var error in reset.Errors) ModelState.AddModelError("", error.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        TempData["Saved"] = $"{Account.Email} is unlocked.";
        return RedirectToPage(new { id });
    }

    async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account) return false;
        Account = account;
        LockedOut = await users.IsLockedOutAsync(account);
        LocalAuthorityChoices = await db.LocalAuthorities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToListAsync();
        return true;
    }
}
