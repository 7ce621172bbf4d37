using Rag.Domain.Fsi;
using Rag.Persistence.Analysis;

namespace Rag.Portal.Pages.Analysis;

/// <summary>The finding filter as a GET form's fields (short names keep permalinks readable).</summary>
public sealed class FindingFilterForm
{
    public List<int> Region { get; set; } = [];
    public List<int> La { get; set; } = [];
    public List<int> Group { get; set; } = [];
    public List<int> Heading { get; set; } = [];
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public List<RagRating> Rag { get; set; } = [];
    /// <summary>"yes", "no" or empty for both.</summary>
    public string? Uncertain { get; set; }
    public string? Words { get; set; }

    public FindingFilter ToFilter() => new()
    {
        RegionIds = Region.Count > 0 ? Region : null,
        LocalAuthorityIds = La.Count > 0 ? La : null,
        HeadingGroupIds = Group.Count > 0 ? Group : null,
        HeadingIds = Heading.Count > 0 ? Heading : null,
        LetterFrom = From,
        LetterTo = To,
        Ratings = Rag.Count > 0 ? Rag : null,
        Uncertain = Uncertain switch { "yes" => true, "no" => false, _ => null },
        Words = string.IsNullOrWhiteSpace(Words) ? null : Words.Trim(),
    };
}

/// <summary>What the shared filter form shows. A view about one heading (the heading profile) passes it, and the form
/// then offers that single choice in place of the heading-group and heading filters the view cannot use.</summary>
public sealed record FindingFilterFormView(FindingFilterForm Form, AnalysisOptions Options, int? Heading = null);
