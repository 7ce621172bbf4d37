using System.ComponentModel;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Search;

namespace Rag.Persistence.Analysis.Wording;

[Description("Which findings to compare and how alike they must be.")]
public sealed record WordingFilter
{
    [Description("Only pairs at least this alike, 0 to 1 (default 0.2).")]
    public double? Threshold { get; init; }
    [Description("The length of the word sequences compared, 2 to 6 (default 3).")]
    public int? WordsPerSequence { get; init; }
    [Description("Only findings under these headings.")]
    public IReadOnlyList<int>? HeadingIds { get; init; }
    [Description("Only pairs with a finding of one of these LAs.")]
    public IReadOnlyList<int>? LocalAuthorityIds { get; init; }
    [Description("At most this many pairs, most alike first (default 200).")]
    public int? Limit { get; init; }
}

[Description("Two findings in different letters that share wording.")]
public sealed record WordingPair(
    [property: Description("The first finding.")] FindingItem First,
    [property: Description("The other finding, from another letter.")] FindingItem Second,
    [property: Description("Shared word sequences ÷ all distinct sequences of the two (Jaccard), 0 to 1.")] double Similarity,
    [property: Description("How many word sequences they share.")] int SharedSequences,
    [property: Description("The first finding in runs, the shared words marked.")] IReadOnlyList<TextFragment> FirstFragments,
    [property: Description("The other finding in runs, the shared words marked.")] IReadOnlyList<TextFragment> SecondFragments);

/// <summary>Findings in different letters that reuse wording. Measure: each finding's set of word n-grams (n words in
/// a row, n = 3 by default, words as <see cref="TextFolding"/> defines them, every word kept); similarity is the Jaccard
/// index |A ∩ B| ÷ |A ∪ B| of two findings' sets. Pairs at or above the threshold are listed, the words of shared
/// n-grams marked.</summary>
public sealed class RecurringWording(FindingRows rows)
{
    public async Task<List<WordingPair>> FindAsync(WordingFilter filter, CancellationToken cancellationToken = default)
    {
        var n = Math.Clamp(filter.WordsPerSequence ?? 3, 2, 6);
        var threshold = Math.Clamp(filter.Threshold ?? 0.2, 0, 1);
        var findings = await rows.LoadAsync(new FindingFilter { HeadingIds = filter.HeadingIds }, cancellationToken);
        var prepared = findings.Select(f =>
        {
            var words = TextFolding.Words(f.Text);
            return (Row: f, Words: words, Grams: Grams(words, n).Select(g => g.Key).ToHashSet());
        }).ToList();

        var postings = new Dictionary<string, List<int>>();
        for (var i = 0; i < prepared.Count; i++)
            foreach (var gram in prepared[i].Grams)
                (postings.TryGetValue(gram, out var list) ? list : postings[gram] = []).Add(i);

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
            for (var a = 0; a < list.Count; a++)
                for (var b = a + 1; b < list.Count; b++)
                    if (prepared[list[a]].Row.LetterId != prepared[list[b]].Row.LetterId)
                        shared[(list[a], list[b])] = shared.GetValueOrDefault((list[a], list[b])) + 1;

        var wanted = filter.LocalAuthorityIds is { Count: > 0 } las ? las.ToHashSet() : null;
        return shared.Select(p =>
            {
                var (a, b) = (prepared[p.Key.Item1], prepared[p.Key.Item2]);
                var similarity = (double)p.Value / (a.Grams.Count + b.Grams.Count - p.Value);
                return (a, b, p.Value, Similarity: Math.Round(similarity, 4));
            })
            .Where(p => p.Similarity >= threshold)
            .Where(p => wanted is null || wanted.Contains(p.a.Row.LocalAuthorityId) || wanted.Contains(p.b.Row.LocalAuthorityId))
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.a.Row.Id).ThenBy(p => p.b.Row.Id)
            .Take(Math.Clamp(filter.Limit ?? 200, 1, 5000))
            .Select(p =>
            {
                var common = p.a.Grams.Intersect(p.b.Grams).ToHashSet();
                return new WordingPair(FindingItem.From(p.a.Row), FindingItem.From(p.b.Row), p.Similarity, p.Value,
                    TextFolding.Mark(p.a.Row.Text, p.a.Words, MarkedWords(p.a.Words, n, common)),
                    TextFolding.Mark(p.b.Row.Text, p.b.Words, MarkedWords(p.b.Words, n, common)));
            }).ToList();
    }

    static IEnumerable<(string Key, int Start)> Grams(IReadOnlyList<WordToken> words, int n)
    {
        for (var i = 0; i + n <= words.Count; i++)
            yield return (string.Join(' ', words.Skip(i).Take(n).Select(w => w.Folded)), i);
    }

    static HashSet<int> MarkedWords(IReadOnlyList<WordToken> words, int n, HashSet<string> common)
    {
        var marked = new HashSet<int>();
        foreach (var (key, start) in Grams(words, n))
            if (common.Contains(key)) for (var j = 0; j < n; j++) marked.Add(start + j);
        return marked;
    }
}
