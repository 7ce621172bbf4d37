using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Infrastructure;

namespace Rag.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddRagApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseRagApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
