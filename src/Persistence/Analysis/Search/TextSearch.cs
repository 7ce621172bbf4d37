using System.ComponentModel;
using Microsoft.EntityFrameworkCore;

namespace Rag.Persistence.Analysis.Search;

[Description("What to search for and where.")]
public sealed record SearchFilter
{
    [Description("Words to find, in any case and with or without accents; \"quoted phrases\" must stand together. Every word or phrase must occur.")]
    public string Query { get; init; } = "";
    [Description("Which texts to search; all four when empty.")]
    public IReadOnlyList<SearchKind>? Kinds { get; init; }
    [Description("At most this many results, best first (default 100).")]
    public int? Limit { get; init; }
}

[Description("A text that matched, ranked and with the matching words marked.")]
public sealed record SearchHit(
    [property: Description("Which kind of text matched.")] SearchKind Kind,
    [property: Description("The ID of the finding or letter the text belongs to.")] int RecordId,
    [property: Description("The ID of the letter (the finding's letter, or the letter itself).")] int LetterId,
    [property: Description("The LA the letter was written to.")] string LocalAuthority,
    [property: Description("The letter's date.")] DateOnly LetterDate,
    [property: Description("The finding's heading; null for a letter's reason or notes.")] string? Heading,
    [property: Description("The whole text that matched, verbatim.")] string Text,
    [property: Description("The rank score: occurrences of the words (a phrase counts its words) divided by the square root of the text's length in words.")] double Score,
    [property: Description("The text in runs, the matching words marked.")] IReadOnlyList<TextFragment> Fragments);

[Description("Search results, best first.")]
public sealed record SearchResults(
    [property: Description("The query as understood: each inner list one word or one phrase, folded.")] IReadOnlyList<IReadOnlyList<string>> Terms,
    [property: Description("How many texts matched.")] int Total,
    [property: Description("The matches, best first, up to the limit.")] IReadOnlyList<SearchHit> Hits);

/// <summary>Full-text search over findings, findings' notes and letters' reasons and notes. The database index finds
/// candidates; each is confirmed, scored and highlighted here, once, so SQLite and PostgreSQL give the same answer.</summary>
public sealed class TextSearch(RagDbContext db, SearchIndex index)
{
    public async Task<SearchResults> SearchAsync(SearchFilter filter, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(filter.Query);
        var kinds = filter.Kinds is { Count: > 0 } k ? k : Enum.GetValues<SearchKind>();
        var candidates = await index.CandidatesAsync(query, kinds.ToList(), cancellationToken);
        var findingIds = candidates.Where(c => c.Kind is SearchKind.Finding or SearchKind.FindingNote).Select(c => c.Id).Distinct().ToList();
        var letterIds = candidates.Where(c => c.Kind is SearchKind.LetterReason or SearchKind.LetterNotes).Select(c => c.Id).Distinct().ToList();
        var findings = await db.FsiFindings.AsNoTracking().Where(f => findingIds.Contains(f.Id))
            .Select(f => new { f.Id, f.FsiLetterId, La = f.Letter!.LocalAuthority!.Name, f.Letter.LetterDate, Heading = f.Heading!.Name, f.Text, f.CuratorNote })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var letters = await db.FsiLetters.AsNoTracking().Where(l => letterIds.Contains(l.Id))
            .Select(l => new { l.Id, La = l.LocalAuthority!.Name, l.LetterDate, l.Reason, l.Notes })
            .ToDictionaryAsync(l => l.Id, cancellationToken);

        var hits = new List<SearchHit>();
        foreach (var (kind, id) in candidates.Distinct())
        {
            var hit = kind switch
            {
                SearchKind.Finding when findings.TryGetValue(id, out var f) => Score(query, kind, id, f.FsiLetterId, f.La, f.LetterDate, f.Heading, f.Text),
                SearchKind.FindingNote when findings.TryGetValue(id, out var f) => Score(query, kind, id, f.FsiLetterId, f.La, f.LetterDate, f.Heading, f.CuratorNote),
                SearchKind.LetterReason when letters.TryGetValue(id, out var l) => Score(query, kind, id, id, l.La, l.LetterDate, null, l.Reason),
                SearchKind.LetterNotes when letters.TryGetValue(id, out var l) => Score(query, kind, id, id, l.La, l.LetterDate, null, l.Notes),
                _ => null,
            };
            if (hit is not null) hits.Add(hit);
        }
        var ranked = hits.OrderByDescending(h => h.Score).ThenBy(h => h.LetterDate).ThenBy(h => h.Kind).ThenBy(h => h.RecordId).ToList();
        return new SearchResults(query.Terms, ranked.Count, ranked.Take(Math.Clamp(filter.Limit ?? 100, 1, 1000)).ToList());
    }

    static SearchHit? Score(SearchQuery query, SearchKind kind, int id, int letterId, string la, DateOnly date, string? heading, string? text)
    {
        if (text is null) return null;
        var words = TextFolding.Words(text);
        var occurrences = query.Occurrences(words);
        if (occurrences.Any(o => o.Count == 0)) return null;
        var marked = new HashSet<int>();
        var weight = 0;
        for (var t = 0; t < query.Terms.Count; t++)
            foreach (var start in occurrences[t])
            {
                weight += query.Terms[t].Count;
                for (var j = 0; j < query.Terms[t].Count; j++) marked.Add(start + j);
            }
        var score = Math.Round(weight / Math.Sqrt(Math.Max(words.Count, 1)), 4);
        return new SearchHit(kind, id, letterId, la, date, heading, text, score, TextFolding.Mark(text, words, marked));
    }
}
