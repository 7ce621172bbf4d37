namespace Rag.Testing;

/// <summary>The source documents in shared/seeds beside the repository, read by line as provenance cites them.</summary>
public static class SourceDocument
{
    static readonly Dictionary<string, string[]> Cache = [];

    /// <summary>shared/seeds, which stands beside the repository (as CI and developers have it), or beside a folder
    /// above it (a git worktree in a folder of worktrees).</summary>
    public static string SeedsFolder { get; } = FindSeedsFolder();

    /// <summary>The text of lines "12" or "12-30" (1-based, inclusive), joined with single spaces.</summary>
    public static string Lines(string document, string range)
    {
        var lines = AllLines(document);
        var parts = range.Split('-');
        var first = int.Parse(parts[0]);
        var last = parts.Length > 1 ? int.Parse(parts[1]) : first;
        return string.Join(' ', lines[(first - 1)..last]);
    }

    /// <summary>Every line of a document, as File.ReadAllLines reads it.</summary>
    public static string[] AllLines(string document)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(document, out var lines))
                Cache[document] = lines = File.ReadAllLines(Path.Combine(SeedsFolder, document));
            return lines;
        }
    }

    static string FindSeedsFolder()
    {
        for (var dir = new DirectoryInfo(RagApiFactory.RepositoryRoot()).Parent; dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "seeds"))) return Path.Combine(dir.FullName, "shared", "seeds");
        throw new DirectoryNotFoundException("shared/seeds was not found beside the repository or a folder above it.");
    }
}
