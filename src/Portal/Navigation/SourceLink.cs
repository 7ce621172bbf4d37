namespace Rag.Portal.Navigation;

/// <summary>A record's source lines as a page shows them, linking to the document page at the first cited line, so a
/// researcher can read the passage in its context and see what else cites it.</summary>
public sealed record SourceLink(string? Document, string? Lines)
{
    /// <summary>The document's number, "002" for 002_108093f72920003a.txt: the Sources pages' short name for it.</summary>
    public string Number => Document is { Length: >= 3 } d ? d[..3] : "?";

    public int? FirstLine => Lines?.Split('-')[0] is { } first && int.TryParse(first, out var line) ? line : null;

    public string? Url => Document is null ? null : FirstLine is { } line ? $"/Sources/{Number}?line={line}#L{line}" : $"/Sources/{Number}";

    /// <summary>The lines as a link to the document page ("002:133-137"), or as plain text where no document is named.
    /// Every page shows provenance through this, the analysis pages hundreds of times over.</summary>
    public string Html() => Url is { } url && Lines is { } lines
        ? $"<a class=\"source-lines\" href=\"{Encode(url)}\" title=\"{Encode(Document!)}, lines {Encode(lines)}: read in the source\">{Encode(Number)}:{Encode(lines)}</a>"
        : Lines is { } bare ? $"<span class=\"source-lines\">{Encode(bare)}</span>" : "";

    static string Encode(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);

    /// <summary>The document page of a document named by its number or its file name, at a line.</summary>
    public static string To(string document, int line) => new SourceLink(document, line.ToString()).Url!;
}
