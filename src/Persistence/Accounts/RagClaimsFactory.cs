using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Rag.Persistence.Accounts;

/// <summary>Adds an LA editor's LAs to their identity at sign-in, so the editing core can scope their changes
/// without a query per request.</summary>
public sealed class RagClaimsFactory(UserManager<RagUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, RagDbContext db)
    : UserClaimsPrincipalFactory<RagUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RagUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var las = await db.UserLocalAuthorities.Where(a => a.UserId == user.Id).Select(a => a.LocalAuthorityId).ToListAsync();
        identity.AddClaims(las.Select(la => new Claim(RagClaims.LocalAuthority, la.ToString())));
        return identity;
    }
}
