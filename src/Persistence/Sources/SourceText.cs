using Microsoft.Extensions.Configuration;
using Rag.Domain.Common;

namespace Rag.Persistence.Sources;

/// <summary>A numbered line of a source document.</summary>
public sealed record SourceLine(int Number, string Text);

/// <summary>Lines of one source document as a record cites them, or why they cannot be shown.</summary>
public sealed record SourceExcerpt(string Document, string Range, IReadOnlyList<SourceLine> Lines, string? Problem = null)
{
    public bool Found => Problem is null;
}

/// <summary>Reads the cited lines of the five source documents, so a page can show a record beside the text it
/// came from. The documents live outside the repository (shared/seeds beside it); <c>Rag:Sources:Path</c> says
/// where, and without it the folder is looked for beside the working directory's and the app's ancestors.</summary>
public sealed class SourceText(IConfiguration configuration)
{
    static readonly HashSet<string> Documents = [.. SourceDocuments.All];

    readonly Dictionary<string, string[]> cache = [];
    string? folder;

    /// <summary>The folder holding the documents, or null when none was found.</summary>
    public string? Folder => folder ??= Locate();

    /// <summary>Lines "12" or "12-30" of a document, with <paramref name="context"/> lines either side.</summary>
    public SourceExcerpt Lines(string? document, string? range, int context = 0)
    {
        document ??= "";
        range ??= "";
        if (!Documents.Contains(document)) return new(document, range, [], $"\"{document}\" is not one of Rag's source documents.");
        if (!TryParse(range, out var first, out var last)) return new(document, range, [], $"\"{range}\" is not a line or a range of lines.");
        if (Read(document) is not { } text)
            return new(document, range, [], $"The source document {document} was not found. Put the five documents in a folder and set " +
                                            "Rag:Sources:Path (Rag__Sources__Path) to it; by default Rag looks for shared/seeds beside the repository.");
        if (first > text.Length) return new(document, range, [], $"{document} has {text.Length} lines; line {first} is past its end.");
        var from = Math.Max(1, first - context);
        var to = Math.Min(text.Length, last + context);
        return new(document, range, Enumerable.Range(from, to - from + 1).Select(n => new SourceLine(n, text[n - 1])).ToList());
    }

    /// <summary>What is wrong with a record's provenance as an editor gave it, or null: lines need a document,
    /// the document must be one of the five, and the lines ("12", "12-30, 41") must exist in it. Where the
    /// documents are not on this machine the lines can only be checked for their form.</summary>
    public (string Field, string Message)? CitationProblem(string? document, string? lines)
    {
        if (string.IsNullOrWhiteSpace(document))
            return string.IsNullOrWhiteSpace(lines) ? null : ("sourceDocument", "Source lines need the document they are in.");
        if (!Documents.Contains(document))
            return ("sourceDocument", $"\"{document}\" is not one of Rag's source documents ({string.Join(", ", SourceDocuments.All)}).");
        if (string.IsNullOrWhiteSpace(lines)) return null;
        if (LineRange.ParseList(lines) is not { Count: > 0 } ranges)
            return ("sourceLines", $"\"{lines}\" is not a list of lines or ranges, such as \"12\" or \"12-30, 41\".");
        if (Read(document) is { } text && ranges.FirstOrDefault(r => r.Last > text.Length) is { Last: > 0 } past)
            return ("sourceLines", $"{document} has {text.Length} lines; {past} is past its end.");
        return null;
    }

    string[]? Read(string document)
    {
        lock (cache)
        {
            if (cache.TryGetValue(document, out var lines)) return lines;
            var path = Folder is { } dir ? Path.Combine(dir, document) : null;
            if (path is null || !File.Exists(path)) return null;
            return cache[document] = File.ReadAllLines(path);
        }
    }

    string? Locate()
    {
        if (configuration["Rag:Sources:Path"] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (File.Exists(Path.Combine(candidate, SourceDocuments.FsiLetters))) return candidate;
            }
        return null;
    }

    static bool TryParse(string range, out int first, out int last)
    {
        var parts = range.Split('-', StringSplitOptions.TrimEntries);
        first = last = 0;
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out first)) return false;
        last = first;
        if (parts.Length == 2 && !int.TryParse(parts[1], out last)) return false;
        return first >= 1 && last >= first;
    }
}
