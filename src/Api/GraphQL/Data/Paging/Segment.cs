namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>One page of an offset-paged list, as its <c>XCollectionSegment</c> type reads it.</summary>
public sealed record Segment(IReadOnlyList<object> Items, bool HasNextPage, bool HasPreviousPage, int? TotalCount);
