namespace Rag.Api.GraphQL.Data.Limits;

/// <summary><c>Rag:Api:Limits</c>: what one request may ask of the server before it is refused.</summary>
public sealed class LimitOptions
{
    /// <summary>Counts introspection too; GraphiQL's own introspection query is 14 levels deep.</summary>
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 2_000_000;

    /// <summary>The least a nested collection (a letter's findings, an LA's schools) is counted as; the most
    /// children any one record has in the database counts when it is larger.</summary>
    public double NestedListEstimate { get; set; } = 10;
    public int MaxAliases { get; set; } = 30;

    /// <summary>Fields an operation selects once its fragments are expanded.</summary>
    public int MaxFields { get; set; } = 1_000;
    public int MaxTokens { get; set; } = 5_000;
    public long MaxRequestBytes { get; set; } = 256 * 1024;
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items in any one list of argument values, in the document or in variables (an <c>in</c>, an
    /// <c>or</c>, an <c>order</c>, <c>ids</c>).</summary>
    public int MaxInputListItems { get; set; } = 1_000;

    /// <summary>Nesting of objects and lists in one argument value.</summary>
    public int MaxInputDepth { get; set; } = 24;

    /// <summary>Values in all the request's arguments and variables together.</summary>
    public int MaxInputValues { get; set; } = 10_000;

    /// <summary>Operations executing at once; more wait their turn, oldest first. Each holds its records and its
    /// answer in memory until the answer is written, so this bounds the server's memory under load as well as its
    /// CPU: on two cores, 32 large queries at once were 1.7 GB resident and no faster than four at a time.</summary>
    public int MaxConcurrentOperations { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>The serialized answer; a larger one is replaced by a RESPONSE_LIMIT error.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;
}
