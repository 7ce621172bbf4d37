using System.ComponentModel;

namespace Rag.Persistence.Analysis;

[Description("Which letters an analysis looks at; every part is optional.")]
public sealed record LetterFilter
{
    [Description("Only the letters to LAs of these regions.")]
    public IReadOnlyList<int>? RegionIds { get; init; }
    [Description("Only the letters to these LAs.")]
    public IReadOnlyList<int>? LocalAuthorityIds { get; init; }
    [Description("Only letters dated on or after this day.")]
    public DateOnly? LetterFrom { get; init; }
    [Description("Only letters dated on or before this day.")]
    public DateOnly? LetterTo { get; init; }

    public IEnumerable<(string Name, string Value)> Describe()
    {
        static string Ids(IReadOnlyList<int>? ids) => ids is { Count: > 0 } ? string.Join(", ", ids) : "all";
        yield return ("Regions (IDs)", Ids(RegionIds));
        yield return ("Local authorities (IDs)", Ids(LocalAuthorityIds));
        yield return ("Letters from", LetterFrom?.ToString("yyyy-MM-dd") ?? "any");
        yield return ("Letters to", LetterTo?.ToString("yyyy-MM-dd") ?? "any");
    }
}
