using GraphQL.Types.Relay.DataObjects;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>One page of a connection, as its GraphQL type reads it.</summary>
public sealed record Page(IReadOnlyList<Edge<object>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<object?> Nodes => Edges.Select(e => e.Node);
}
