namespace Rag.Domain.Common;

/// <summary>What every stored record carries: identity, a version for optimistic concurrency,
/// where it came from (a source document's lines, or a portal user) and whether it is synthetic.</summary>
public abstract class Record
{
    public int Id { get; set; }

    /// <summary>Bumped on every save; an update that carries an older value is a conflict, not a lost write.</summary>
    public int Version { get; set; }

    public string? SourceDocument { get; set; }
    public string? SourceLines { get; set; }

    /// <summary>The curator's word on a record whose reading of the document is uncertain.</summary>
    public string? CuratorNote { get; set; }

    public string? CreatedBy { get; set; }
    public DateTime? CreatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Benchmark data only; never set on a record curated from the documents.</summary>
    public bool IsSynthetic { get; set; }
}
