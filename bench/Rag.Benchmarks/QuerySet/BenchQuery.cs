using Rag.Persistence;

namespace Rag.Benchmarks.QuerySet;

/// <summary>One query of the fixed set: the GraphQL document and the same data fetched by a hand-written EF Core query.</summary>
sealed record BenchQuery(string Name, string GraphQL, Func<RagDbContext, Task<object>> Baseline);
