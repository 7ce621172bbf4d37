using GraphQL;
using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>Offset paging (<c>skip</c>, <c>take</c>) over a filtered, ordered query, in the database, as
/// HotChocolate's <c>UseOffsetPaging</c> does: one row past the page says whether there is a next one, and the
/// count runs only when <c>totalCount</c> is asked for.</summary>
public static class SegmentResolver
{
    public static async Task<Segment> ResolveAsync(EntityDescriptor entity, IQueryable query, int? skip, int? take, bool wantsTotal,
        PagingOptions options, CancellationToken cancellationToken)
    {
        if (skip < 0 || take < 0) throw new ExecutionError("skip and take cannot be negative.") { Code = "PAGINATION_INVALID" };
        if (take > options.MaxPageSize)
            throw new ExecutionError($"A page can hold at most {options.MaxPageSize} items; ask for fewer with take.") { Code = "PAGINATION_MAX_ITEMS" };

        var from = skip ?? 0;
        var size = take ?? options.DefaultPageSize;
        var fetched = await entity.ToListAsync(entity.Slice(query, from, size + 1), cancellationToken);
        int? total = wantsTotal ? await entity.CountAsync(query, cancellationToken) : null;
        return new Segment(fetched.Take(size).ToList(), fetched.Count > size, from > 0, total);
    }
}
