using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Data.Loading;

/// <summary>Keys collected while one level of the query resolves, fetched together by the first field that
/// needs its result: one <c>WHERE key IN (...)</c> statement instead of one per row. A batch of records also
/// gathers what every field that adds to it reads, and selects their union.</summary>
sealed class Batch<TResult>(Func<IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, TResult>>> fetch, Projection? reads = null)
{
    readonly HashSet<int> keys = [];
    readonly HashSet<Projection> merged = new(ReferenceEqualityComparer.Instance);
    IReadOnlyDictionary<int, TResult>? results;

    public bool HasRun => results is not null;

    public void Add(int key, Projection? projection = null)
    {
        keys.Add(key);
        // The fields of a level share few projections (one per selection), so each is merged once, not per row.
        if (projection is not null && merged.Add(projection)) reads!.Merge(projection);
    }

    public async Task<TResult?> GetAsync(int key, CancellationToken cancellationToken)
    {
        results ??= await fetch(keys, cancellationToken);
        return results.GetValueOrDefault(key);
    }
}
