using GraphQL.DataLoader;

namespace Rag.Api.GraphQL.Data.Loading;

/// <summary>The hook GraphQL.NET's executor understands: it defers the field until the rest of its level has
/// run, so every key of the level is in the batch before the batch runs.</summary>
sealed class LoaderResult<T>(Func<CancellationToken, Task<T>> load) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => load(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await load(cancellationToken);
}
