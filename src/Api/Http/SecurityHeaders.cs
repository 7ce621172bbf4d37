using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Rag.Api.Http;

/// <summary>The security headers on every response: the library's defaults (nosniff, X-Frame-Options,
/// Referrer-Policy, HSTS over HTTPS, cross-origin isolation) with a Content-Security-Policy of our own.</summary>
public static class SecurityHeaders
{
    public static IServiceCollection AddRagSecurityHeaders(this IServiceCollection services)
    {
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy => Policy(policy));
        // Nothing in a response names the server software.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    static HeaderPolicyCollection Policy(HeaderPolicyCollection policy) => policy
        .AddDefaultSecurityHeaders()
        .AddContentSecurityPolicy(csp =>
        {
            // Everything Rag serves comes from its own origin (npm assets under /lib, no CDN).
            csp.AddDefaultSrc().Self();
            // Scripts only from files, plus the one inline script a page marks with this request's nonce
            // (GraphiQL's start-up); GraphiQL 3 runs without eval.
            csp.AddScriptSrc().Self().WithNonce();
            // Inline styles stay allowed: GraphiQL's editor and Bootstrap's components write style attributes.
            // A nonce here would make browsers ignore 'unsafe-inline', so there is none.
            csp.AddStyleSrc().Self().UnsafeInline();
            // GraphiQL's stylesheet embeds its icons and fonts as data: URIs.
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });
}
