namespace Rag.Api.GraphQL.Data.Paging;

/// <summary><c>Rag:Api:Paging</c>: the page a connection returns when the client names no size, and the most
/// it will ever return.</summary>
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 50;
    public int MaxPageSize { get; set; } = 500;
}
