using System.Text.RegularExpressions;

namespace Rag.Domain.Fsi;

/// <summary>A RAG rating suggested from a finding's wording by a small, readable rule set (the rubric of
/// docs/rag-rubric.md made mechanical), with the cues that decided it. It is a suggestion until an editor
/// confirms a rating; its accuracy against the resolved ratings is reported in docs/rag-rubric.md.</summary>
public sealed record RagSuggestion(RagRating Rating, IReadOnlyList<string> Cues)
{
    /// <summary>A weakness the letter states: "does not", "too little", "lack of", "not rigorous", "concern", ...</summary>
    public static readonly IReadOnlyList<string> Weakness =
    [
        "not", "no", "cannot", "neither", "does not", "do not", "has not", "have not", "not enough", "not yet", "not rigorous",
        "not aware", "too little", "very little", "little", "too slow", "too quickly", "too variable", "too inconsistent", "too late",
        "too low", "slow", "insufficient", "lack", "lack of", "lacks", "limited", "weak", "weakness", "weaknesses", "fail", "failed",
        "fails", "concern", "concerns", "concerned", "doubts", "inadequate", "inadequately", "ineffective", "underdeveloped",
        "unclear", "unsure", "unaware", "unchallenged", "distant", "fragmented", "patchy", "poor", "dissatisfaction", "uncertainty",
        "disappointed", "disengage", "decline", "stretched", "disappeared", "missed", "crisis", "reliant", "less confident",
        "less clear", "fewer", "over-reliance", "overgenerous",
    ];

    /// <summary>A strength: "effective", "strong", "good", "praised", "valued", "successfully", ... A strength word
    /// within three words after a negation ("not been effective", "no coherent strategy … strong") does not count.</summary>
    public static readonly IReadOnlyList<string> Strength =
    [
        "effective", "effectively", "strong", "strength", "strengths", "good", "well", "well received", "well informed",
        "praised", "praise", "valued", "value", "values", "appreciate", "appreciated", "appreciative", "high", "highly",
        "high quality", "high regard", "spoke highly", "successful", "successfully", "positive", "positively", "welcomed",
        "welcome", "improved", "helped", "helping", "clear vision", "accessible", "decisively", "promise", "rapid", "sharper",
        "benefit", "confident", "confidence", "useful", "proactive", "impact", "accurate", "responsive", "overwhelming", "tailored",
    ];

    /// <summary>A reservation that balances a judgement: "although", "but", "not always", "variable", "beginning to", ...</summary>
    public static readonly IReadOnlyList<string> Reservation =
    [
        "although", "but", "however", "nevertheless", "despite", "not always", "variable", "inconsistent", "inconsistently",
        "mixed", "in places", "beginning to", "begun to", "early days", "too early", "emerging", "reasonably", "more optimistic",
    ];

    /// <summary>A judgement held by only part of the schools: "some", "several", "a few", "a number of", "one headteacher", ...</summary>
    public static readonly IReadOnlyList<string> PartialScope =
    [
        "some", "several", "a number of", "examples", "a few", "minority", "occasionally", "one head", "one headteacher", "another",
    ];

    // Criticism from this few is partial (Amber); from "some" or "several" it still stands (Red).
    static readonly HashSet<string> Few = ["a few", "minority", "occasionally", "one head", "one headteacher", "another"];

    static readonly Regex Negated = new(
        $@" (not|no|never|little|cannot|neither|nor|unaware|unsure)((?: [a-z\-]+){{0,3}}?) ({string.Join('|', Strength.OrderByDescending(s => s.Length).Select(Regex.Escape))}) ");

    /// <summary>Red where the wording states a weakness, no strength and no reservation (unless only a few hold it);
    /// Green where it states a strength, no weakness and no reservation, held by most or with no scope given; Amber
    /// otherwise: mixed, partial, or a bare statement of fact.</summary>
    public static RagSuggestion From(string text)
    {
        var rest = " " + Regex.Replace(text.ToLowerInvariant(), @"[^a-z\-]+", " ") + " ";
        for (var i = 0; i < 3; i++) rest = Negated.Replace(rest, " $1$2 negated ");
        var weaknesses = Take(ref rest, Weakness);
        var strengths = Take(ref rest, Strength);
        var reservations = Take(ref rest, Reservation);
        var scope = Take(ref rest, PartialScope);
        var most = rest.Contains(" most ") || rest.Contains(" many ");

        var rating = (weaknesses.Count > 0, strengths.Count > 0, reservations.Count > 0) switch
        {
            (true, false, false) => scope.Any(Few.Contains) && !most ? RagRating.Amber : RagRating.Red,
            (false, true, false) => scope.Count == 0 || most ? RagRating.Green : RagRating.Amber,
            _ => RagRating.Amber,
        };
        var cues = weaknesses.Select(c => $"weakness: {c}").Concat(strengths.Select(c => $"strength: {c}"))
            .Concat(reservations.Select(c => $"reservation: {c}")).Concat(scope.Select(c => $"partial: {c}")).ToList();
        return new RagSuggestion(rating, cues);
    }

    // Longest phrases first, each taken out of the text once found, so "not always" is not also "not".
    static List<string> Take(ref string text, IReadOnlyList<string> phrases)
    {
        var found = new List<string>();
        foreach (var phrase in phrases.OrderByDescending(p => p.Length))
        {
            var pattern = $" {Regex.Escape(phrase)} ";
            if (!Regex.IsMatch(text, pattern)) continue;
            found.Add(phrase);
            text = Regex.Replace(text, pattern, "  ");
        }
        return found;
    }
}
