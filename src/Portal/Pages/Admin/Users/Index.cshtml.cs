using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Accounts;

namespace Rag.Portal.Pages.Admin.Users;

public class IndexModel(RagDbContext db, AccountAdministration accounts, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Email, string Role, IReadOnlyList<string> LocalAuthorities, bool LockedOut);

    public List<Row> Users { get; private set; } = [];
    public SelectList RoleChoices { get; } = new(Roles.All.Select(r => new { Value = r, Text = Roles.Describe(r) }), "Value", "Text");
    public List<SelectListItem> LocalAuthorityChoices { get; private set; } = [];

    /// <summary>The password made for the new account, shown once.</summary>
    public string? NewPassword { get; private set; }

    [BindProperty, Required, EmailAddress, Display(Name = "Email")]
    public string Email { get; set; } = "";

    [BindProperty, Required, Display(Name = "Role")]
    public string Role { get; set; } = Roles.Viewer;

    [BindProperty, Display(Name = "LAs (for an LA editor)")]
    public List<int> LocalAuthorities { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Roles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Choose one of the four roles.");
        if (Role == Roles.LaEditor && LocalAuthorities.Count == 0) ModelState.AddModelError(nameof(LocalAuthorities), "An LA editor needs at least one LA.");
        if (ModelState.IsValid)
        {
            var password = AccountAdministration.GeneratePassword();
            var created = await accounts.CreateAsync(Email, password, Role, Role == Roles.LaEditor ? LocalAuthorities : []);
            foreach (var error in created.Errors) ModelState.AddModelError(nameof(Email), error.Description);
            if (created.Succeeded) { NewPassword = password; ModelState.Clear(); Email = ""; }
        }
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var las = await db.LocalAuthorities.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync();
        var names = las.ToDictionary(l => l.Id, l => l.Name);
        LocalAuthorityChoices = las.Select(l => new SelectListItem(l.Name, l.Id.ToString())).ToList();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        var assigned = await db.UserLocalAuthorities.AsNoTracking().ToListAsync();
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync()).Select(u => new Row(u.Id, u.Email ?? u.UserName ?? "",
                Roles.Describe(roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? Roles.Viewer),
                assigned.Where(a => a.UserId == u.Id).Select(a => names.GetValueOrDefault(a.LocalAuthorityId, "?")).ToList(),
                u.LockoutEnd > now))
            .ToList();
    }
}
