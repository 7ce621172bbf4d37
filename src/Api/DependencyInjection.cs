using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rag.Api.GraphQL;
using Rag.Api.GraphQL.Analysis;
using Rag.Api.GraphQL.Caching;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Limits;
using Rag.Api.GraphQL.Data.Mutations;
using Rag.Api.GraphQL.Data.Types;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Rendering;
using Rag.Api.Http;
using Rag.Domain.Authorities;
using Rag.Persistence.Accounts;
using Rag.Persistence.Infrastructure;

namespace Rag.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddRagApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<IEditor, HttpEditor>());
        services.AddRagAuthentication();
        services.Configure<PagingOptions>(configuration.GetSection("Rag:Api:Paging"));
        services.Configure<LimitOptions>(configuration.GetSection("Rag:Api:Limits"));
        services.AddScoped<EntityLoader>();
        services.AddScoped<RenderBuffer>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<OperationGate>();
        services.AddRagAnalysisGraphTypes();
        services.AddRagSecurityHeaders();
        services.AddRagRateLimiting(configuration);
        services.AddRagHealthChecks();
        services.AddSingleton<CollectionSizes>().AddHostedService(sp => sp.GetRequiredService<CollectionSizes>());
        services.AddSingleton<Sips.AccreditationLapseJob>().AddHostedService(sp => sp.GetRequiredService<Sips.AccreditationLapseJob>());
        services.AddHostedService<Hosting.IdleMemoryTrim>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<RagSchema>()
            .AddSystemTextJson(GraphQLJson.Configure)
            .AddExecutionStrategy<RenderingExecutionStrategy>(OperationType.Query)
            .AddDocumentListener<GraphQLOperationListener>()
            .ConfigureExecution<CachedDocumentValidation>()
            .AddValidationRule<AuthorizationRule>()
            .AddValidationRule<NoMutationOverGetRule>()
            .AddValidationRule<AliasLimitRule>()
            .AddValidationRule<InputLimitRule>()
            .AddComplexityAnalyzer((complexity, sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<LimitOptions>>().Value;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = ListComplexity.Impact(limits.NestedListEstimate,
                    sp.GetRequiredService<IOptions<PagingOptions>>().Value.DefaultPageSize, sp.GetRequiredService<CollectionSizes>());
            })
            .ConfigureExecutionOptions(options =>
            {
                var limits = options.RequestServices!.GetRequiredService<IOptions<LimitOptions>>().Value;
                options.Timeout = limits.ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Rag.GraphQL");
                options.UnhandledExceptionDelegate = context =>
                {
                    logger.LogError(context.OriginalException, "GraphQL field failed");
                    return Task.CompletedTask;
                };
            })
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = false));
        return services;
    }

    public static WebApplication UseRagApi(this WebApplication app)
    {
        // First, so that every response carries the headers and is logged, errors and refusals included.
        app.UseSecurityHeaders();
        app.UseMiddleware<RequestLogging>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter(); // after authentication: it counts per signed-in caller
        app.MapRagHealth();
        app.MapRagGraphQL();
        return app;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
