using Mapster;
using MapsterMapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rag.Portal.Navigation;

namespace Rag.Portal;

public static class DependencyInjection
{
    public static IServiceCollection AddRagPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorization(options => PortalPolicies.Add(options, configuration));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", PortalPolicies.Reader);
            options.Conventions.AuthorizeFolder("/Admin", PortalPolicies.Admin);
            options.Conventions.AuthorizeFolder("/Review", PortalPolicies.Editor);
            // Page by page, not the folder: [AllowAnonymous] on /Account would also open /Account/Manage.
            foreach (var page in new[] { "/Account/Login", "/Account/Logout", "/Account/AccessDenied" })
                options.Conventions.AllowAnonymousToPage(page);
            options.Conventions.AuthorizeFolder("/Account/Manage");
        });
        var mapping = new TypeAdapterConfig();
        mapping.Scan(typeof(DependencyInjection).Assembly);
        services.AddSingleton(mapping);
        services.AddSingleton<IMapper>(new Mapper(mapping));
        services.AddScoped<Pages.Letters.LetterChecks>();
        services.AddScoped<Pages.Letters.LetterHistory>();
        services.AddScoped<Pages.Review.ReviewProgress>();
        return services;
    }

    public static WebApplication UseRagPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
