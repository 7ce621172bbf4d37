using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Rag.Persistence.Infrastructure;

namespace Rag.Persistence.Accounts;

/// <summary>The signed-in caller of this request (a portal user, a personal token or a configured API key),
/// stamped on what it saves and scoped by its role. Work the host runs outside any request (the daily
/// accreditation job) is Rag's own, as <see cref="SystemEditor"/> is without the host.</summary>
public sealed class HttpEditor(IHttpContextAccessor http) : IEditor
{
    static readonly SystemEditor Rag = new();

    HttpContext? Request => http.HttpContext;

    ClaimsPrincipal? User => Request?.User;

    public string Name => Request is null ? Rag.Name : User?.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";

    public string Face => Request is null ? Rag.Face : Request.Request.Path.StartsWithSegments("/graphql") ? "graphql" : "portal";

    public bool MayEdit => Request is null ? Rag.MayEdit : User is { } user && Roles.Editing.Any(user.IsInRole);

    public IReadOnlySet<int>? LocalAuthorities => User is { } user && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Editor)
        ? user.FindAll(RagClaims.LocalAuthority).Select(c => int.Parse(c.Value)).ToHashSet()
        : null;
}
