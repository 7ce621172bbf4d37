namespace Rag.Testing;

/// <summary>The source documents in shared/seeds beside the repository, read by line as provenance cites them.</summary>
public static class SourceDocument
{
    static readonly Dictionary<string, string[]> Cache = [];

    /// <summary>shared/seeds, which stands beside the repository (as CI and developers have it).</summary>
    public static string SeedsFolder => Path.GetFullPath(Path.Combine(RagApiFactory.RepositoryRoot(), "..", "shared", "seeds"));

    /// <summary>The text of lines "12" or "12-30" (1-based, inclusive), joined with single spaces.</summary>
    public static string Lines(string document, string range)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(document, out var lines))
                Cache[document] = lines = File.ReadAllLines(Path.Combine(SeedsFolder, document));
            var parts = range.Split('-');
            var first = int.Parse(parts[0]);
            var last = parts.Length > 1 ? int.Parse(parts[1]) : first;
            return string.Join(' ', lines[(first - 1)..last]);
        }
    }
}
