using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence;

namespace Rag.Benchmarks.QuerySet;

/// <summary>One query of the fixed set: the GraphQL document and the same data fetched without GraphQL (a hand-written
/// EF Core query, or the query service the GraphQL field calls), from a request's services.</summary>
sealed record BenchQuery(string Name, string GraphQL, Func<IServiceProvider, Task<object>> Baseline)
{
    /// <summary>A baseline that is a plain EF Core query on the request's context.</summary>
    public BenchQuery(string name, string graphQL, Func<RagDbContext, Task<object>> query)
        : this(name, graphQL, (IServiceProvider services) => query(services.GetRequiredService<RagDbContext>())) { }
}
