namespace Rag.Persistence.Analysis.Search;

/// <summary>What a user typed, as terms that must all match: each unquoted word is a term, each "quoted phrase"
/// one term whose words must stand together in that order. Case and accents never matter.</summary>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<string>> Terms)
{
    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var terms = new List<IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery(terms);
        var parts = text.Replace('“', '"').Replace('”', '"').Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var words = TextFolding.Words(parts[i]).Select(w => w.Folded).ToList();
            if (words.Count == 0) continue;
            if (i % 2 == 1) terms.Add(words);           // inside quotes: one phrase
            else terms.AddRange(words.Select(w => (IReadOnlyList<string>)[w]));
        }
        return new SearchQuery(terms);
    }

    /// <summary>FTS5 syntax: every term a quoted phrase, all joined by AND. Words are letters and digits only, so need no escaping.</summary>
    public string ToFts5() => string.Join(" AND ", Terms.Select(t => "\"" + string.Join(' ', t) + "\""));

    /// <summary>PostgreSQL to_tsquery syntax: words of a phrase joined by &lt;-&gt;, terms by &amp;.</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t => "(" + string.Join(" <-> ", t) + ")"));

    /// <summary>Where each term occurs in a text's words: the start of every occurrence, per term.</summary>
    public List<List<int>> Occurrences(IReadOnlyList<WordToken> words)
    {
        var found = new List<List<int>>();
        foreach (var term in Terms)
        {
            var starts = new List<int>();
            for (var i = 0; i + term.Count <= words.Count; i++)
            {
                var all = true;
                for (var j = 0; j < term.Count && all; j++) all = words[i + j].Folded == term[j];
                if (all) starts.Add(i);
            }
            found.Add(starts);
        }
        return found;
    }
}
