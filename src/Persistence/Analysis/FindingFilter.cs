using System.ComponentModel;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Analysis;

/// <summary>Which findings an analysis looks at. Every part is optional; an empty filter is all 422 findings.
/// The portal's GET form and the GraphQL <c>filter</c> argument both fill this one record.</summary>
[Description("Which findings an analysis looks at; every part is optional.")]
public sealed record FindingFilter
{
    [Description("Only the LAs of these regions (IDs of the region records).")]
    public IReadOnlyList<int>? RegionIds { get; init; }
    [Description("Only these LAs, compared side by side (IDs of the LA records).")]
    public IReadOnlyList<int>? LocalAuthorityIds { get; init; }
    [Description("Only the headings of these heading groups.")]
    public IReadOnlyList<int>? HeadingGroupIds { get; init; }
    [Description("Only these headings.")]
    public IReadOnlyList<int>? HeadingIds { get; init; }
    [Description("Only letters dated on or after this day.")]
    public DateOnly? LetterFrom { get; init; }
    [Description("Only letters dated on or before this day.")]
    public DateOnly? LetterTo { get; init; }
    [Description("Only findings with these ratings.")]
    public IReadOnlyList<RagRating>? Ratings { get; init; }
    [Description("true: only findings whose heading or LA is uncertain; false: only certain ones; null: both.")]
    public bool? Uncertain { get; init; }
    [Description("Only findings whose text matches these words (full-text: any case or accent; \"quoted phrases\" kept together).")]
    public string? Words { get; init; }

    public static FindingFilter All { get; } = new();

    /// <summary>The filter in words, for a workbook's filter sheet and a page's caption.</summary>
    public IEnumerable<(string Name, string Value)> Describe()
    {
        static string Ids(IReadOnlyList<int>? ids) => ids is { Count: > 0 } ? string.Join(", ", ids) : "all";
        yield return ("Regions (IDs)", Ids(RegionIds));
        yield return ("Local authorities (IDs)", Ids(LocalAuthorityIds));
        yield return ("Heading groups (IDs)", Ids(HeadingGroupIds));
        yield return ("Headings (IDs)", Ids(HeadingIds));
        yield return ("Letters from", LetterFrom?.ToString("yyyy-MM-dd") ?? "any");
        yield return ("Letters to", LetterTo?.ToString("yyyy-MM-dd") ?? "any");
        yield return ("Ratings", Ratings is { Count: > 0 } ? string.Join(", ", Ratings) : "all");
        yield return ("Uncertain", Uncertain switch { true => "only uncertain", false => "only certain", null => "both" });
        yield return ("Words", string.IsNullOrWhiteSpace(Words) ? "none" : Words);
    }
}
