namespace Rag.Persistence.Analysis.Export;

/// <summary>A view's records flattened to rows for a download: one table a CSV file or a workbook sheet.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>What a workbook says about itself on its first sheet: the view, its filters, where the data came from.</summary>
public sealed record ExportDescription(string View, IEnumerable<(string Name, string Value)> Filters, string Permalink, DateTime GeneratedAt)
{
    public const string Provenance =
        "Findings, ratings, grades and transitions: Ofsted's Focused School Inspection letters to 17 LAs as analysed in document 002 " +
        "(002_108093f72920003a.txt); each finding carries its source lines. RAG ratings are the curator's reading of each quote " +
        "(002's colours did not survive) unless an editor has confirmed them. LAs, regions and roll-out waves: document 003. " +
        "Schools, SIPs, deployments, visits and self-evaluations: entered by Rag's users (none is seeded).";
}
