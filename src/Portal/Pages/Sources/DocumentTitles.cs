using Rag.Domain.Common;

namespace Rag.Portal.Pages.Sources;

/// <summary>The five documents' titles, as shared/seeds/README.md gives them.</summary>
public static class DocumentTitles
{
    static readonly Dictionary<string, string> Titles = new()
    {
        [SourceDocuments.QualityStandards] = "Quality standards for local authority self-evaluation",
        [SourceDocuments.CoreOffer] = "Effective use of the National Strategies' core offer",
        [SourceDocuments.FsiLetters] = "Analysis of Focused School Inspection letters (Preparing for Inspection, Annex 4)",
        [SourceDocuments.SipGuidance] = "School Improvement Partner Programme: advice and guidance for local authorities",
        [SourceDocuments.LeedsForLearning] = "Leeds for Learning: a strategy for learning improvement",
    };

    public static string Of(string document) => Titles.GetValueOrDefault(document, document);

    /// <summary>The file name of a document given by its number ("002") or its file name; null for neither.</summary>
    public static string? Find(string? name) =>
        Titles.Keys.FirstOrDefault(d => d == name || (name is { Length: 3 } && d.StartsWith(name + "_", StringComparison.Ordinal)));
}
