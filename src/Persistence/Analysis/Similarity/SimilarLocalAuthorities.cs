using System.ComponentModel;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Analysis.Similarity;

[Description("A heading two LAs both have findings under, with each LA's score there.")]
public sealed record SharedHeading(
    [property: Description("The heading.")] string Heading,
    [property: Description("The first LA's mean score under it (green +1, amber 0, red −1).")] double Score,
    [property: Description("The other LA's mean score under it.")] double OtherScore);

[Description("An LA near another by the profile of its findings.")]
public sealed record SimilarLocalAuthority(
    [property: Description("The near LA's ID.")] int LocalAuthorityId,
    [property: Description("The near LA's name.")] string LocalAuthority,
    [property: Description("The similarity, 0 to 1: the sum over shared headings of 1 − |score difference| / 2, divided by the headings either LA has findings under.")] double Similarity,
    [property: Description("The headings both have findings under, closest scores first: why they are similar.")] IReadOnlyList<SharedHeading> SharedHeadings);

[Description("An LA and its nearest LAs by findings profile.")]
public sealed record LocalAuthorityNeighbours(
    [property: Description("The LA's ID.")] int LocalAuthorityId,
    [property: Description("The LA's name.")] string LocalAuthority,
    [property: Description("Its nearest LAs, most similar first.")] IReadOnlyList<SimilarLocalAuthority> Nearest);

[Description("Which LAs to find neighbours for and how many.")]
public sealed record SimilarityFilter
{
    [Description("The LAs to find neighbours for; every LA with a letter when empty.")]
    public IReadOnlyList<int>? LocalAuthorityIds { get; init; }
    [Description("How many neighbours per LA (default 3).")]
    public int? Neighbours { get; init; }
}

/// <summary>Nearest LAs by the RAG-scored heading vector. Each LA's vector holds, per heading it has findings under, the mean
/// score of those findings (green +1, amber 0, red −1; unrated findings not scored). Similarity of A and B =
/// Σ over headings both have (1 − |a − b| / 2) ÷ the number of headings either has: 1 when both have findings under the
/// same headings with the same scores, lower for each disagreement and for each heading only one of them has.</summary>
public sealed class SimilarLocalAuthorities(FindingRows rows)
{
    public static double Score(RagRating rating) => rating switch { RagRating.Green => 1, RagRating.Amber => 0, _ => -1 };

    public async Task<List<LocalAuthorityNeighbours>> FindAsync(SimilarityFilter filter, CancellationToken cancellationToken = default)
    {
        var findings = await rows.LoadAsync(FindingFilter.All, cancellationToken);
        var vectors = findings.Where(f => f.Rag is not null).GroupBy(f => (f.LocalAuthorityId, f.LocalAuthority))
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Heading).ToDictionary(h => h.Key, h => Math.Round(h.Average(f => Score(f.Rag!.Value)), 4)));
        var wanted = filter.LocalAuthorityIds is { Count: > 0 } ids ? ids.ToHashSet() : null;
        var take = Math.Clamp(filter.Neighbours ?? 3, 1, 50);
        return vectors.Where(v => wanted is null || wanted.Contains(v.Key.LocalAuthorityId)).OrderBy(v => v.Key.LocalAuthority)
            .Select(v => new LocalAuthorityNeighbours(v.Key.LocalAuthorityId, v.Key.LocalAuthority, vectors.Where(o => o.Key != v.Key)
                .Select(o => Compare(v.Value, o.Key.LocalAuthorityId, o.Key.LocalAuthority, o.Value))
                .OrderByDescending(s => s.Similarity).ThenBy(s => s.LocalAuthority).Take(take).ToList()))
            .ToList();
    }

    public static SimilarLocalAuthority Compare(Dictionary<string, double> a, int otherId, string other, Dictionary<string, double> b)
    {
        var shared = a.Keys.Intersect(b.Keys).Select(h => new SharedHeading(h, a[h], b[h]))
            .OrderBy(s => Math.Abs(s.Score - s.OtherScore)).ThenBy(s => s.Heading).ToList();
        var union = a.Keys.Union(b.Keys).Count();
        var similarity = union == 0 ? 0 : shared.Sum(s => 1 - Math.Abs(s.Score - s.OtherScore) / 2) / union;
        return new SimilarLocalAuthority(otherId, other, Math.Round(similarity, 4), shared);
    }
}
