using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Rag.Persistence.Accounts;

/// <summary>Password and lockout rules, the same for the web host and the create-admin command.</summary>
public static class AccountRules
{
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>Accounts without the sign-in cookie: what a command line needs to create or change them.</summary>
    public static IServiceCollection AddRagAccountStore(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddIdentityCore<RagUser>(Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<RagDbContext>().AddDefaultTokenProviders();
        services.AddScoped<AccountAdministration>();
        return services;
    }
}
