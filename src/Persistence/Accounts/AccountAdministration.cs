using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Accounts;

/// <summary>What an Admin does to accounts, shared by the portal's user pages and the create-admin command.</summary>
public sealed class AccountAdministration(UserManager<RagUser> users, RoleManager<IdentityRole> roles, RagDbContext db)
{
    /// <summary>Creates the four roles if they are missing.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>Creates an account with one role (and, for an LA editor, their LAs).</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role, IReadOnlyCollection<int> localAuthorities)
    {
        await EnsureRolesAsync();
        var user = new RagUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created;
        await users.AddToRoleAsync(user, role);
        await SetLocalAuthoritiesAsync(user, localAuthorities);
        return created;
    }

    /// <summary>Gives the account exactly this role.</summary>
    public async Task SetRoleAsync(RagUser user, string role)
    {
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task SetLocalAuthoritiesAsync(RagUser user, IReadOnlyCollection<int> localAuthorities)
    {
        await db.UserLocalAuthorities.Where(a => a.UserId == user.Id).ExecuteDeleteAsync();
        db.UserLocalAuthorities.AddRange(localAuthorities.Distinct().Select(la => new UserLocalAuthority { UserId = user.Id, LocalAuthorityId = la }));
        await db.SaveChangesAsync();
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>Sets a new password without the old one: an Admin's reset.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(RagUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (reset.Succeeded) await users.SetLockoutEndDateAsync(user, null);
        return reset;
    }

    /// <summary>A password that meets the policy, for an account whose creator did not give one. Shown once.</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "-9a";
}
