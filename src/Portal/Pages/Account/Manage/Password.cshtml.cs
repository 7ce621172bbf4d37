using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rag.Persistence.Accounts;

namespace Rag.Portal.Pages.Account.Manage;

public class PasswordModel(UserManager<RagUser> users, SignInManager<RagUser> signIn) : PageModel
{
    [BindProperty, Required, DataType(DataType.Password), Display(Name = "Current password")]
    public string Current { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12), Display(Name = "New password")]
    public string New { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password), Compare(nameof(New), ErrorMessage = "The two new passwords differ."), Display(Name = "New password again")]
    public string Confirm { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var changed = await users.ChangePasswordAsync(user, Current, New);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Saved"] = "Your password is changed.";
        return RedirectToPage();
    }
}
