using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rag.Persistence.Infrastructure;
using Rag.Persistence.Seed;
using Rag.Persistence.Sources;

namespace Rag.Persistence;

public static class DependencyInjection
{
    public static IServiceCollection AddRagPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Rag:Database:Provider", DatabaseProvider.Sqlite);
        var connection = configuration.GetConnectionString("Rag")
                         ?? throw new InvalidOperationException("ConnectionStrings:Rag is not configured.");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IEditor, SystemEditor>();
        services.AddScoped<RecordStamping>();
        if (provider == DatabaseProvider.Postgres)
            services.AddDbContext<RagDbContext, PostgresRagDbContext>((sp, options) =>
                options.UseNpgsql(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetRequiredService<RecordStamping>()));
        else
            services.AddDbContext<RagDbContext, SqliteRagDbContext>((sp, options) =>
                options.UseSqlite(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetRequiredService<RecordStamping>()));

        services.AddScoped<SeedRunner>();
        services.AddScoped<DataCheck>();
        services.AddScoped<SourceCoverage>();
        services.AddScoped<DatabaseInitializer>();
        foreach (var dataset in typeof(ISeedDataset).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ISeedDataset))))
            services.AddSingleton(typeof(ISeedDataset), dataset);
        return services;
    }
}
