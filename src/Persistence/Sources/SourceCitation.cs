namespace Rag.Persistence.Sources;

/// <summary>A record that cites lines of a source document.</summary>
/// <param name="EntityType">The record's type, e.g. "VisitEntitlement".</param>
/// <param name="Id">The record's id among records of its type.</param>
/// <param name="Label">A short name for the record: its code, name, label or the start of its text.</param>
/// <param name="Field">What cites the lines: "sourceLines" for the record's own provenance, or the curated field read
/// from them ("statements", "rolloutWave", "letterDate", ...).</param>
/// <param name="Lines">The lines as cited.</param>
public sealed record SourceCitation(string EntityType, int Id, string Label, string Field, string Lines)
{
    /// <summary>The cited range; null when the citation is malformed.</summary>
    public LineRange? Range => LineRange.Parse(Lines);
}
