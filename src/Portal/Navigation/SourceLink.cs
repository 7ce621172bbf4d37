namespace Rag.Portal.Navigation;

/// <summary>A record's source lines as a page shows them, linking to the document page at the first cited line, so a
/// researcher can read the passage in its context and see what else cites it.</summary>
public sealed record SourceLink(string? Document, string? Lines)
{
    /// <summary>The document's number, "002" for 002_108093f72920003a.txt: the Sources pages' short name for it.</summary>
    public string Number => Document is { Length: >= 3 } d ? d[..3] : "?";

    public int? FirstLine => Lines?.Split('-')[0] is { } first && int.TryParse(first, out var line) ? line : null;

    public string? Url => Document is null ? null : FirstLine is { } line ? $"/Sources/{Number}?line={line}#L{line}" : $"/Sources/{Number}";

    /// <summary>The document page of a document named by its number or its file name, at a line.</summary>
    public static string To(string document, int line) => new SourceLink(document, line.ToString()).Url!;
}
