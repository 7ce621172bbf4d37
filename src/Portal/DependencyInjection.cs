using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Rag.Portal;

public static class DependencyInjection
{
    public static IServiceCollection AddRagPortal(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication UseRagPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
