using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Rag.Persistence;
using Rag.Persistence.Accounts;

namespace Rag.Api.Http;

/// <summary>Who is calling: the portal's cookie (Identity, in Rag's database), a personal token, or a configured
/// API key. One policy scheme picks by what the request carries, so GraphQL accepts all three and the portal
/// redirects anyone without them to the sign-in page.</summary>
public static class RagAuthentication
{
    const string Selector = "Rag";

    public static IServiceCollection AddRagAuthentication(this IServiceCollection services)
    {
        services.AddIdentity<RagUser, IdentityRole>(AccountRules.Configure)
            .AddEntityFrameworkStores<RagDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RagClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "rag.session";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddScoped<PersonalTokens>();
        services.AddScoped<AccountAdministration>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Selector;
                options.DefaultAuthenticateScheme = Selector;
                options.DefaultChallengeScheme = Selector;
                options.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Cookie, personal token or API key", policy => policy.ForwardDefaultSelector = context =>
                PersonalTokenAuthentication.BearerToken(context.Request) is { } bearer && bearer.StartsWith(PersonalTokens.Prefix, StringComparison.Ordinal)
                    ? PersonalTokenAuthentication.SchemeName
                    : context.Request.Headers.ContainsKey("X-Api-Key") || PersonalTokenAuthentication.BearerToken(context.Request) is not null
                        ? ApiKeyAuthentication.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalTokenAuthentication>(PersonalTokenAuthentication.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        return services;
    }
}
