namespace Rag.Testing;

/// <summary>The source documents in shared/seeds beside the repository, read by line as provenance cites them.</summary>
public static class SourceDocument
{
    static readonly Dictionary<string, string[]> Cache = [];

    public static string SeedsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(seeds)) return seeds;
            }
            throw new DirectoryNotFoundException("shared/seeds was not found above the test's folder.");
        }
    }

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

    public static string Words(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
