using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rag.Persistence.Accounts;

namespace Rag.Api.Http;

/// <summary>Editors' API keys from configuration (<c>Rag:Api:Keys:&lt;name&gt; = &lt;key&gt;</c>), sent as
/// <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>. A key signs its caller in by its name, with the
/// editor role, until the portal's accounts replace it.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, IConfiguration configuration) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers["X-Api-Key"].FirstOrDefault()
                        ?? (Request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                            ? header["Bearer ".Length..].Trim()
                            : null);
        if (string.IsNullOrEmpty(presented)) return Task.FromResult(AuthenticateResult.NoResult());

        // Every configured key is compared, none skipped on a match, so the time taken says nothing about which
        // key (or how much of one) was right. The presented key is never logged, not even when refused.
        string? match = null;
        var presentedHash = Hash(presented);
        foreach (var key in configuration.GetSection("Rag:Api:Keys").GetChildren())
            if (!string.IsNullOrEmpty(key.Value) && CryptographicOperations.FixedTimeEquals(Hash(key.Value), presentedHash))
                match = key.Key;
        if (match is null) return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, match), new Claim(ClaimTypes.Role, Roles.Editor)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    // Comparing hashes, not the keys themselves, keeps both sides the same length: FixedTimeEquals returns at once
    // on a length mismatch, which would tell a caller how long a key is.
    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
