using Rag.Persistence.Catalog;
using System.Text;
using GraphQL;
using GraphQL.Types.Relay.DataObjects;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>Cursor paging over a filtered, ordered query, in the database: cursors are base64 offsets as
/// HotChocolate's offset paging writes them; the count runs only when <c>totalCount</c> is asked for.</summary>
public static class ConnectionResolver
{
    public sealed record Arguments(int? First, string? After, int? Last, string? Before, bool WantsTotal);

    public static async Task<Page> ResolveAsync(EntityDescriptor entity, IQueryable query, Arguments args,
        PagingOptions options, CancellationToken cancellationToken)
    {
        var (lower, upper) = Bounds(args, options);
        int? total = args.WantsTotal || (args.Last is not null && upper is null)
            ? await entity.CountAsync(query, cancellationToken)
            : null;

        int skip, take;
        bool hasPrevious, hasNext;
        if (args.Last is int last)
        {
            var end = upper ?? total!.Value;
            skip = Math.Max(lower, end - last);
            take = Math.Max(0, end - skip);
            hasPrevious = skip > lower;
            hasNext = args.Before is not null;
            var items = await entity.ToListAsync(entity.Slice(query, skip, take), cancellationToken);
            return Build(items, skip, hasPrevious, hasNext, total);
        }

        var first = args.First ?? options.DefaultPageSize;
        skip = lower;
        take = upper is int u ? Math.Max(0, Math.Min(first, u - lower)) : first;
        var fetched = await entity.ToListAsync(entity.Slice(query, skip, take + 1), cancellationToken);
        hasNext = fetched.Count > take;
        hasPrevious = lower > 0;
        return Build(fetched.Take(take).ToList(), skip, hasPrevious, hasNext, total);
    }

    /// <summary>The page of one parent's children, all of which a level's single query has already read (a nested
    /// connection): the same cursors and page info as <see cref="ResolveAsync"/>, and the count comes free.</summary>
    public static Page Slice(IReadOnlyList<object> items, Arguments args, PagingOptions options)
    {
        var (lower, upper) = Bounds(args, options);
        var end = Math.Min(upper ?? items.Count, items.Count);
        var skip = args.Last is int last ? Math.Max(lower, end - last) : Math.Min(lower, end);
        var take = args.Last is null ? Math.Max(0, Math.Min(args.First ?? options.DefaultPageSize, end - skip)) : Math.Max(0, end - skip);
        var hasPrevious = args.Last is null ? lower > 0 : skip > lower;
        var hasNext = args.Last is null ? skip + take < items.Count : args.Before is not null;
        return Build(items.Skip(skip).Take(take).ToList(), skip, hasPrevious, hasNext, items.Count);
    }

    static (int Lower, int? Upper) Bounds(Arguments args, PagingOptions options)
    {
        if (args.First < 0 || args.Last < 0) throw new ExecutionError("first and last cannot be negative.") { Code = "PAGINATION_INVALID" };
        if (args is { First: not null, Last: not null }) throw new ExecutionError("Pass first or last, not both.") { Code = "PAGINATION_INVALID" };
        if (args.First > options.MaxPageSize || args.Last > options.MaxPageSize)
            throw new ExecutionError($"A page can hold at most {options.MaxPageSize} items; ask for fewer with first or last.")
                { Code = "PAGINATION_MAX_ITEMS" };
        return (args.After is null ? 0 : Position(Decode(args.After) + 1), args.Before is null ? null : Position(Decode(args.Before)));
    }

    static Page Build(List<object> items, int offset, bool hasPrevious, bool hasNext, int? total) => new(items, offset, new PageInfo
    {
        HasPreviousPage = hasPrevious,
        HasNextPage = hasNext,
        StartCursor = items.Count > 0 ? Encode(offset) : null,
        EndCursor = items.Count > 0 ? Encode(offset + items.Count - 1) : null,
    }, total);

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString()));

    // An offset past the last int is well formed, just beyond every record: it pages to nothing rather than
    // wrapping round to the first page. Offsets are held as long, capped well below overflow.
    static int Position(long offset) => (int)Math.Min(offset, int.MaxValue);

    static long Decode(string cursor)
    {
        string text;
        try { text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)); }
        catch (FormatException) { text = ""; }
        if (text.Length is > 0 and <= 40 && text.All(char.IsAsciiDigit))
            return text.Length > 12 ? (long)int.MaxValue + 1 : long.Parse(text);
        throw new ExecutionError($"\"{(cursor.Length > 40 ? cursor[..40] + "…" : cursor)}\" is not a cursor of this connection.")
            { Code = "PAGINATION_INVALID_CURSOR" };
    }
}
