namespace Rag.Persistence.Sources;

/// <summary>How much of one source document Rag's records cite.</summary>
/// <param name="Document">The document's file name, e.g. "004_c105bcd389ca7b9e.txt".</param>
/// <param name="LineCount">Its number of lines.</param>
/// <param name="BlankLines">Its blank lines, which need no citation.</param>
/// <param name="CitedLines">Its non-blank lines cited by at least one record.</param>
/// <param name="CitedShare">Cited lines as a share of the non-blank lines, 0 to 1.</param>
/// <param name="Uncurated">The ranges the curators left out, with their reasons.</param>
/// <param name="Unaccounted">Non-blank lines neither cited nor left out with a reason: empty for the curated data, but
/// a deleted record can open a gap.</param>
/// <param name="CitingRecords">The records citing at least one of its lines.</param>
public sealed record DocumentCoverage(
    string Document, int LineCount, int BlankLines, int CitedLines, double CitedShare,
    IReadOnlyList<UncuratedRange> Uncurated, IReadOnlyList<LineRange> Unaccounted, int CitingRecords);

/// <summary>How one line of a document is accounted for: the citations covering it, or the uncurated range holding
/// it (with its reason), or neither (a blank line, or a gap).</summary>
public sealed record LineCoverage(int Number, int Citations, bool Blank, UncuratedRange? Uncurated)
{
    public bool Cited => Citations > 0;
}

/// <summary>Which lines of the five source documents Rag's records cite, which were left out and why, and for any
/// line, the records that cite it: a way from a passage of a source to what Rag made of it.</summary>
public sealed class SourceCoverage(RagDbContext db)
{
    /// <summary>The source documents, in order.</summary>
    public static IReadOnlyList<string> Documents => CoverageFile.All.Select(f => f.Document).ToList();

    /// <summary>Every document's coverage.</summary>
    public async Task<IReadOnlyList<DocumentCoverage>> AllAsync(CancellationToken cancellationToken = default)
    {
        var citations = await CitationsByDocumentAsync(cancellationToken);
        return CoverageFile.All.Select(f => Measure(f, citations[f.Document].ToList())).ToList();
    }

    /// <summary>One document's coverage; null for a file name that is not one of the documents.</summary>
    public async Task<DocumentCoverage?> ForAsync(string document, CancellationToken cancellationToken = default) =>
        CoverageFile.For(document) is { } file ? Measure(file, await CitationsAsync(document, cancellationToken)) : null;

    /// <summary>Each line of a document, 1 to its line count, as the map accounts for it; empty for a file name that is not
    /// one of the documents.</summary>
    public async Task<IReadOnlyList<LineCoverage>> LinesAsync(string document, CancellationToken cancellationToken = default)
    {
        if (CoverageFile.For(document) is not { } file) return [];
        var citations = new int[file.LineCount + 1];
        foreach (var range in (await CitationsAsync(document, cancellationToken)).Select(c => c.Range).OfType<LineRange>())
            for (var line = range.First; line <= Math.Min(range.Last, file.LineCount); line++) citations[line]++;
        var blank = Lines(file.LineCount, file.BlankLines);
        return Enumerable.Range(1, file.LineCount)
            .Select(l => new LineCoverage(l, citations[l], blank.Contains(l), file.Uncurated.FirstOrDefault(u => u.Lines.Contains(l))))
            .ToList();
    }

    /// <summary>Every citation of a document, in line order.</summary>
    public async Task<IReadOnlyList<SourceCitation>> CitationsAsync(string document, CancellationToken cancellationToken = default) =>
        (await CitationsByDocumentAsync(cancellationToken))[document].ToList();

    /// <summary>The records that cite one line of a document, the narrowest citation first.</summary>
    public async Task<IReadOnlyList<SourceCitation>> CitationsAsync(string document, int line, CancellationToken cancellationToken = default) =>
        (await CitationsAsync(document, cancellationToken))
            .Where(c => c.Range?.Contains(line) == true)
            .OrderBy(c => c.Range!.Value.Count).ThenBy(c => c.EntityType, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();

    async Task<ILookup<string, SourceCitation>> CitationsByDocumentAsync(CancellationToken cancellationToken)
    {
        var records = await RecordCitations.LoadAsync(db, cancellationToken);
        // A field citation belongs to the record with that key, if it still exists.
        var byKey = records.Where(r => r.Citation.Field == "sourceLines")
            .GroupBy(r => (r.Document, r.Citation.EntityType, r.Citation.Label))
            .ToDictionary(g => g.Key, g => g.First().Citation);
        var fields = FieldCitations.All
            .Select(f => (f.Document, Owner: byKey.GetValueOrDefault((f.Document, f.EntityType, f.Key)), f))
            .Where(f => f.Owner is not null)
            .Select(f => (f.Document, f.Owner! with { Field = f.f.Field, Lines = f.f.Lines }));
        return records.Concat(fields)
            .OrderBy(c => c.Item2.Range?.First ?? 0).ThenBy(c => c.Item2.EntityType, StringComparer.Ordinal).ThenBy(c => c.Item2.Id)
            .ToLookup(c => c.Item1, c => c.Item2);
    }

    static DocumentCoverage Measure(CoverageFile file, IReadOnlyCollection<SourceCitation> citations)
    {
        var blank = Lines(file.LineCount, file.BlankLines);
        var cited = Lines(file.LineCount, citations.Select(c => c.Range).OfType<LineRange>());
        var listed = Lines(file.LineCount, file.Uncurated.Select(u => u.Lines));
        var nonBlank = file.LineCount - blank.Count;
        var citedLines = cited.Count(l => !blank.Contains(l));
        var unaccounted = Enumerable.Range(1, file.LineCount).Where(l => !blank.Contains(l) && !cited.Contains(l) && !listed.Contains(l));
        return new DocumentCoverage(file.Document, file.LineCount, blank.Count, citedLines,
            nonBlank == 0 ? 0 : Math.Round((double)citedLines / nonBlank, 4), file.Uncurated, LineRange.Of(unaccounted),
            citations.Select(c => (c.EntityType, c.Id)).Distinct().Count());
    }

    static HashSet<int> Lines(int count, IEnumerable<LineRange> ranges) =>
        ranges.SelectMany(r => Enumerable.Range(r.First, r.Count)).Where(l => l <= count).ToHashSet();
}
