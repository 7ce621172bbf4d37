namespace Rag.Api.GraphQL.Data.Sorting;

/// <summary>HotChocolate's <c>SortEnumType</c>: ASC or DESC.</summary>
public enum SortDirection { Asc, Desc }
