using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Accounts;

/// <summary>The signed-in caller of this request (a portal user, a personal token or a configured API key),
/// stamped on what it saves and scoped by its role.</summary>
public sealed class HttpEditor(IHttpContextAccessor http) : IEditor
{
    ClaimsPrincipal? User => http.HttpContext?.User;

    public string Name => User?.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";

    /// <summary>Through which face the change came: GraphQL, the portal, or Rag itself (a scheduled job has no request path).</summary>
    public string Face => http.HttpContext?.Request.Path is not { HasValue: true } path ? "system"
        : path.StartsWithSegments("/graphql") ? "graphql" : "portal";

    public bool MayEdit => User is { } user && Roles.Editing.Any(user.IsInRole);

    public IReadOnlySet<int>? LocalAuthorities => User is { } user && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Editor)
        ? user.FindAll(RagClaims.LocalAuthority).Select(c => int.Parse(c.Value)).ToHashSet()
        : null;
}
