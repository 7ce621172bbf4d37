namespace Rag.Api.GraphQL.Data.Loading;

/// <summary>Keys collected while one level of the query resolves, fetched together by the first field that
/// needs its result: one <c>WHERE key IN (...)</c> statement instead of one per row.</summary>
sealed class Batch<TResult>(Func<IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, TResult>>> fetch)
{
    readonly HashSet<int> keys = [];
    IReadOnlyDictionary<int, TResult>? results;

    public bool HasRun => results is not null;

    public void Add(int key) => keys.Add(key);

    public async Task<TResult?> GetAsync(int key, CancellationToken cancellationToken)
    {
        results ??= await fetch(keys, cancellationToken);
        return results.GetValueOrDefault(key);
    }
}
