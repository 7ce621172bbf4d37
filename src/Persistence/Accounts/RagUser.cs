using Microsoft.AspNetCore.Identity;

namespace Rag.Persistence.Accounts;

/// <summary>A person who signs in to the portal (and, with a personal token, to the API).</summary>
public sealed class RagUser : IdentityUser
{
    /// <summary>The LAs whose records an LA editor may change.</summary>
    public List<UserLocalAuthority> LocalAuthorities { get; set; } = [];

    public List<PersonalApiToken> Tokens { get; set; } = [];
}

/// <summary>An LA an LA editor is assigned to.</summary>
public sealed class UserLocalAuthority
{
    public required string UserId { get; set; }
    public int LocalAuthorityId { get; set; }
}
