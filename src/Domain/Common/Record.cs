namespace Rag.Domain.Common;

/// <summary>What every stored record carries: identity, a version for optimistic concurrency,
/// where it came from (a source document's lines, or a portal user) and whether it is synthetic.</summary>
public abstract class Record
{
    /// <summary>The record's identifier, unique among records of its type.</summary>
    public int Id { get; set; }

    /// <summary>Bumped on every save; an update that carries an older value is a conflict, not a lost write.</summary>
    public int Version { get; set; }

    /// <summary>The file name of the source document the record was curated from (e.g. "002_108093f72920003a.txt"); null for a record entered in the portal or through the API.</summary>
    public string? SourceDocument { get; set; }
    /// <summary>The line or line range of the source document the record was read from (e.g. "3207-3393").</summary>
    public string? SourceLines { get; set; }

    /// <summary>The curator's word on a record whose reading of the document is uncertain.</summary>
    public string? CuratorNote { get; set; }

    /// <summary>Who created the record: the portal user or API caller, or "system" for the importer of the curated documents.</summary>
    public string? CreatedBy { get; set; }
    /// <summary>When the record was created, in UTC.</summary>
    public DateTime? CreatedAt { get; set; }
    /// <summary>Who last changed the record: the portal user or API caller; null if it has never been changed.</summary>
    public string? UpdatedBy { get; set; }
    /// <summary>When the record was last changed, in UTC; null if it has never been changed.</summary>
    public DateTime? UpdatedAt { get; set; }

    /// <summary>Benchmark data only; never set on a record curated from the documents.</summary>
    public bool IsSynthetic { get; set; }
}
