using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rag.Domain.Authorities;
using Rag.Persistence.Analysis;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Persistence.Fsi;
using Rag.Persistence.Infrastructure;
using Rag.Persistence.Rules;
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

        services.AddSingleton(sp => EntityCatalog.FromServices(sp, RagEntities.All));
        services.AddSingleton(new XmlDocumentation(typeof(Region).Assembly));
        services.AddScoped<RecordEditor>();
        services.AddScoped<EditScope>();
        services.AddScoped<AuditTrail>();
        services.TryAddSingleton<SeedFiles>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<Sources.SourceText>();
        services.AddScoped<RuleFlags>();
        services.AddScoped<SeedRunner>();
        services.AddSingleton<ReadingAgreement>();
        services.AddScoped<SuggestedRagEvaluation>();
        services.AddScoped<DataCheck>();
        services.AddScoped<SourceCoverage>();
        services.AddScoped<DatabaseInitializer>();
        services.AddRagAnalysis();
        services.AddScoped<Sips.SipProgrammeQueries>();
        services.AddScoped<Sips.AccreditationLapses>();
        services.AddSingleton(new DatabaseStartOptions(configuration.GetValue("Rag:Database:MigrateOnStart", true)));
        foreach (var dataset in typeof(ISeedDataset).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ISeedDataset))))
            services.AddSingleton(typeof(ISeedDataset), dataset);
        foreach (var type in typeof(RagDbContext).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (type.IsAssignableTo(typeof(IEditRule))) services.AddSingleton(typeof(IEditRule), type);
        }
        // One check per entity: where several check the same entity, they are shown as one.
        var checks = typeof(RagDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IRecordCheck)) && t != typeof(CombinedRecordCheck))
            .Select(t => (IRecordCheck)Activator.CreateInstance(t)!);
        foreach (var group in checks.GroupBy(c => c.Entity))
            services.AddSingleton<IRecordCheck>(group.Count() == 1 ? group.Single() : new CombinedRecordCheck(group.ToList()));
        return services;
    }
}
