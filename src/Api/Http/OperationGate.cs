using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Rag.Api.GraphQL.Data.Limits;

namespace Rag.Api.Http;

/// <summary>Lets <see cref="LimitOptions.MaxConcurrentOperations"/> GraphQL operations execute at once; the rest
/// queue, oldest first, until one finishes or their caller gives up. A waiting request holds only its text.</summary>
public sealed class OperationGate(IOptions<LimitOptions> limits) : IDisposable
{
    readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.Value.MaxConcurrentOperations,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired) return lease;
        lease.Dispose(); // the queue has no limit, so only a disposed gate refuses
        throw new ObjectDisposedException(nameof(OperationGate));
    }

    public void Dispose() => limiter.Dispose();
}
