namespace Rag.Api.GraphQL.Data.Filtering;

/// <summary>The operators HotChocolate.Data offers per kind of scalar, under the same names.</summary>
public static class FilterOperations
{
    public static readonly string[] Equality = ["eq", "neq", "in", "nin"];
    public static readonly string[] Text = [.. Equality, "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    public static readonly string[] Comparable = [.. Equality, "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    public static readonly string[] Boolean = ["eq", "neq"];
    public static readonly string[] List = ["all", "none", "some", "any"];

    /// <summary>HotChocolate's <c>IdOperationFilterInput</c>: a global ID is opaque, so it is only compared whole.</summary>
    public static readonly string[] Id = Equality;

    public static string[] For(Type valueType) =>
        valueType == typeof(string) ? Text
        : valueType == typeof(bool) ? Boolean
        : valueType.IsEnum ? Equality
        : Comparable;
}
