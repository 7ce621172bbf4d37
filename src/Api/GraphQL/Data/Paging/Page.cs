using GraphQL.Types.Relay.DataObjects;

namespace Rag.Api.GraphQL.Data.Paging;

/// <summary>One page of a connection, as its GraphQL type reads it: its records, from <paramref name="Offset"/> on.</summary>
public sealed record Page(IReadOnlyList<object> Nodes, int Offset, PageInfo PageInfo, int? TotalCount)
{
    /// <summary>The records with their cursors, made only for a query that asks for edges.</summary>
    public IEnumerable<Edge<object>> Edges => Nodes.Select((node, i) => new Edge<object> { Cursor = ConnectionResolver.Encode(Offset + i), Node = node });
}
