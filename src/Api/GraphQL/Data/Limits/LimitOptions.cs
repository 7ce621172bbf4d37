namespace Rag.Api.GraphQL.Data.Limits;

/// <summary><c>Rag:Api:Limits</c>: what one request may ask of the server before it is refused.</summary>
public sealed class LimitOptions
{
    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>How many items a nested collection (a letter's findings, an LA's schools) is counted as.</summary>
    public double NestedListEstimate { get; set; } = 10;
    public int MaxAliases { get; set; } = 30;
    public int MaxTokens { get; set; } = 5_000;
    public long MaxRequestBytes { get; set; } = 256 * 1024;
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
