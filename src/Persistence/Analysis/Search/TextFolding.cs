using System.Text;

namespace Rag.Persistence.Analysis.Search;

/// <summary>One word of a text: where it stands in the original and its folded form.</summary>
public readonly record struct WordToken(int Start, int Length, string Folded);

/// <summary>The one definition of a "word" every text analysis uses: a run of letters and digits, compared
/// without case or accents ("Évaluation" = "evaluation"). PostgreSQL's index folds with the same map
/// (<see cref="SearchIndex"/>), and SQLite's FTS5 unicode61 tokenizer agrees with it.</summary>
public static class TextFolding
{
    const string Accented = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųýÿçćĉċčñńņňśšşźżžğďđľłřŕťţ";
    const string Plain    = "aaaaaaaaaeeeeeeeeeiiiiiiiiooooooooouuuuuuuuuuyycccccnnnnssszzzgddllrrtt";

    static readonly Dictionary<char, char> Map = BuildMap();

    static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i];
            map[char.ToUpperInvariant(Accented[i])] = Plain[i];
        }
        return map;
    }

    /// <summary>Accented letters and their plain forms, both cases, for PostgreSQL's translate().</summary>
    public static (string From, string To) TranslateMap() =>
        (new string(Map.Keys.ToArray()), new string(Map.Values.ToArray()));

    public static char Fold(char c) => Map.TryGetValue(c, out var plain) ? plain : char.ToLowerInvariant(c);

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text) folded.Append(Fold(c));
        return folded.ToString();
    }

    public static List<WordToken> Words(string? text)
    {
        var words = new List<WordToken>();
        if (string.IsNullOrEmpty(text)) return words;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            words.Add(new WordToken(start, i - start, Fold(text[start..i])));
        }
        return words;
    }

    /// <summary>The text cut into plain and marked runs, the marked runs being the words at <paramref name="marked"/>.</summary>
    public static List<TextFragment> Mark(string text, IReadOnlyList<WordToken> words, ISet<int> marked)
    {
        var fragments = new List<TextFragment>();
        var position = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!marked.Contains(i)) continue;
            var end = i;
            // Join runs of marked words with the spaces or punctuation between them.
            while (end + 1 < words.Count && marked.Contains(end + 1)) end++;
            var start = words[i].Start;
            var stop = words[end].Start + words[end].Length;
            if (start > position) fragments.Add(new TextFragment(text[position..start], false));
            fragments.Add(new TextFragment(text[start..stop], true));
            position = stop;
            i = end;
        }
        if (position < text.Length) fragments.Add(new TextFragment(text[position..], false));
        return fragments;
    }
}

/// <summary>A run of a text, marked where it matched.</summary>
[System.ComponentModel.Description("A run of a text; marked runs are the words that matched.")]
public sealed record TextFragment(
    [property: System.ComponentModel.Description("The run, verbatim.")] string Text,
    [property: System.ComponentModel.Description("Whether the run is one of the words that matched.")] bool Marked);
