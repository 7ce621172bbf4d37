using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Rag.Persistence.Accounts;

namespace Rag.Portal.Navigation;

/// <summary>Who may do what in the portal. Reading needs an account unless the deployer turns on anonymous
/// reading (<c>Rag:Portal:AnonymousReading</c>); changing needs an editing role (the editing core then checks an
/// LA editor's LAs); accounts and the audit trail are the Admin's.</summary>
public static class PortalPolicies
{
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static void Add(AuthorizationOptions options, IConfiguration configuration)
    {
        var anonymous = configuration.GetValue("Rag:Portal:AnonymousReading", false);
        options.AddPolicy(Reader, policy =>
        {
            if (anonymous) policy.RequireAssertion(_ => true);
            else policy.RequireAuthenticatedUser();
        });
        options.AddPolicy(Editor, policy => policy.RequireRole(Roles.Editing));
        options.AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin));
    }
}
