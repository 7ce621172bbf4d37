using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Rag.Domain.Authorities;
using Rag.Persistence;

namespace Rag.Api.Http;

/// <summary>/health/live (the process answers) and /health/ready (and its database can be read), for a load
/// balancer or orchestrator. Neither is rate limited: probes must not be refused for being frequent.</summary>
public static class HealthEndpoints
{
    const string Ready = "ready";

    public static IServiceCollection AddRagHealthChecks(this IServiceCollection services)
    {
        // A query, not just a connection: a database that answers but was never migrated is not ready.
        services.AddHealthChecks().AddDbContextCheck<RagDbContext>("database", tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
            {
                await db.Set<Region>().AnyAsync(cancellationToken);
                return true;
            });
        return services;
    }

    public static IEndpointRouteBuilder MapRagHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).DisableRateLimiting();
        return app;
    }
}
