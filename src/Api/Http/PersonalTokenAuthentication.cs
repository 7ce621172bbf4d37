using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rag.Persistence.Accounts;

namespace Rag.Api.Http;

/// <summary>A user's personal API token (<c>Authorization: Bearer rag_…</c>): signs the call in as that user, with
/// their role and LAs, exactly as the portal's cookie would.</summary>
public sealed class PersonalTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, PersonalTokens tokens, IUserClaimsPrincipalFactory<RagUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } secret) return AuthenticateResult.NoResult();
        if (await tokens.OwnerAsync(secret, Context.RequestAborted) is not { } user) return AuthenticateResult.Fail("Unknown or revoked token.");
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, SchemeName)), SchemeName));
    }

    public static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
