using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Search;

namespace Rag.Persistence.Analysis.Profiles;

[Description("One LA's findings under the heading.")]
public sealed record HeadingLaFindings(
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name.")] string LocalAuthority,
    [property: Description("The ratings of its findings here.")] RagTally Tally,
    [property: Description("Its findings here.")] IReadOnlyList<FindingItem> Findings);

[Description("A word or phrase that recurs in the heading's findings.")]
public sealed record RecurringTerm(
    [property: Description("The word or phrase, folded to lower case without accents.")] string Term,
    [property: Description("How many words it has.")] int Words,
    [property: Description("How many of the heading's findings use it.")] int Findings,
    [property: Description("How many LAs' findings use it.")] int LocalAuthorities);

[Description("One heading across all the LAs.")]
public sealed record HeadingProfileResult(
    [property: Description("The heading's ID.")] int HeadingId,
    [property: Description("The heading.")] string Heading,
    [property: Description("Its group.")] string Group,
    [property: Description("The red/amber/green tally of its findings.")] RagTally Tally,
    [property: Description("Each LA with findings here, side by side.")] IReadOnlyList<HeadingLaFindings> LocalAuthorities,
    [property: Description("Words (not common ones) and 2–3 word phrases used by findings of at least two LAs, most widespread first.")] IReadOnlyList<RecurringTerm> RecurringTerms);

/// <summary>One heading: every LA's findings side by side, the tally, and the words and phrases that recur across LAs.</summary>
public sealed class HeadingProfile(RagDbContext db, FindingRows rows)
{
    static readonly HashSet<string> Common =
    [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "with", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "it", "its", "that", "this", "these", "those", "as", "at", "from", "not", "but", "their", "there", "they",
        "which", "who", "all", "some", "more", "most", "than", "so", "also", "s", "do", "does", "into", "about", "other", "such",
    ];

    public async Task<HeadingProfileResult?> BuildAsync(int headingId, FindingFilter filter, CancellationToken cancellationToken = default)
    {
        var heading = await db.FsiHeadings.Where(h => h.Id == headingId).Select(h => new { h.Id, h.Name, Group = h.Group!.Name }).SingleOrDefaultAsync(cancellationToken);
        if (heading is null) return null;
        var findings = await rows.LoadAsync(filter with { HeadingIds = [headingId], HeadingGroupIds = null }, cancellationToken);
        var perLa = findings.GroupBy(f => (f.LocalAuthorityId, f.LocalAuthority)).OrderBy(g => g.Key.LocalAuthority)
            .Select(g => new HeadingLaFindings(g.Key.LocalAuthorityId, g.Key.LocalAuthority, RagTally.Of(g.Select(f => f.Rag)),
                g.OrderBy(f => f.Order).Select(FindingItem.From).ToList())).ToList();
        return new HeadingProfileResult(heading.Id, heading.Name, heading.Group, RagTally.Of(findings.Select(f => f.Rag)), perLa, Terms(findings));
    }

    static List<RecurringTerm> Terms(List<FindingRow> findings)
    {
        var uses = new Dictionary<string, (int Words, HashSet<int> Findings, HashSet<int> Las)>();
        foreach (var finding in findings)
        {
            var words = TextFolding.Words(finding.Text).Select(w => w.Folded).ToList();
            for (var n = 1; n <= 3; n++)
                for (var i = 0; i + n <= words.Count; i++)
                {
                    var gram = words.GetRange(i, n);
                    // A term must not start or end with a common word ("of the", "the LA").
                    if (Common.Contains(gram[0]) || Common.Contains(gram[^1]) || gram.All(w => w.All(char.IsDigit))) continue;
                    var key = string.Join(' ', gram);
                    if (!uses.TryGetValue(key, out var use)) uses[key] = use = (n, [], []);
                    use.Findings.Add(finding.Id);
                    use.Las.Add(finding.LocalAuthorityId);
                }
        }
        return uses.Where(u => u.Value.Las.Count >= 2)
            .Select(u => new RecurringTerm(u.Key, u.Value.Words, u.Value.Findings.Count, u.Value.Las.Count))
            .OrderByDescending(t => t.LocalAuthorities).ThenByDescending(t => t.Words).ThenByDescending(t => t.Findings).ThenBy(t => t.Term)
            .Take(30).ToList();
    }
}
