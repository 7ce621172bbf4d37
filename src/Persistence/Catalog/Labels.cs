using System.Text;

namespace Rag.Persistence.Catalog;

/// <summary>Names in users' words, derived from the model's names so no second list of labels is kept.</summary>
public static class Labels
{
    /// <summary>"LocalAuthority" → "Local authority"; acronyms stay whole ("FsiLetter" → "FSI letter", "SipId" → "SIP").</summary>
    public static string Humanize(string name)
    {
        if (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2) name = name[..^2];
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
            word.Append(c);
        }
        if (word.Length > 0) words.Add(word.ToString());
        return string.Join(' ', words.Select((w, i) => Acronyms.Contains(w) ? w.ToUpperInvariant() : i == 0 ? w : w.ToLowerInvariant()));
    }

    static readonly HashSet<string> Acronyms = ["Fsi", "Sip", "Rag", "Urn", "La"];
}
