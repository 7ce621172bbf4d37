using System.ComponentModel;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Analysis.Counts;

/// <summary>What to group finding counts by.</summary>
[System.ComponentModel.Description("What to group finding counts by.")]
public enum CountDimension
{
    [System.ComponentModel.Description("The LA of the finding's letter.")]
    LocalAuthority,
    [System.ComponentModel.Description("The finding's heading.")]
    Heading,
    [System.ComponentModel.Description("The group of the finding's heading.")]
    HeadingGroup,
    [System.ComponentModel.Description("The finding's rating.")]
    Rating,
}

[Description("How many findings share one combination of the grouping's values.")]
public sealed record FindingCount(
    [property: Description("The LA's ID, when grouped by LA.")] int? LocalAuthorityId,
    [property: Description("The LA's name, when grouped by LA.")] string? LocalAuthority,
    [property: Description("The heading group, when grouped by it.")] string? HeadingGroup,
    [property: Description("The heading's ID, when grouped by heading.")] int? HeadingId,
    [property: Description("The heading, when grouped by heading.")] string? Heading,
    [property: Description("The rating, when grouped by rating (null is unrated).")] RagRating? Rag,
    [property: Description("How many findings.")] int Count);

/// <summary>Counts of findings grouped by any of LA, heading, heading group and rating (what 17 aliased queries did before).</summary>
public sealed class FindingCounts(FindingRows rows)
{
    public async Task<List<FindingCount>> CountAsync(FindingFilter filter, IReadOnlyCollection<CountDimension> groupBy, CancellationToken cancellationToken = default)
    {
        var by = groupBy.ToHashSet();
        var findings = await rows.LoadAsync(filter, cancellationToken);
        return findings.GroupBy(f => new
            {
                La = by.Contains(CountDimension.LocalAuthority) ? f.LocalAuthorityId : (int?)null,
                LaName = by.Contains(CountDimension.LocalAuthority) ? f.LocalAuthority : null,
                Group = by.Contains(CountDimension.HeadingGroup) || by.Contains(CountDimension.Heading) ? f.Group : null,
                GroupOrder = by.Contains(CountDimension.HeadingGroup) || by.Contains(CountDimension.Heading) ? f.GroupOrder : 0,
                Heading = by.Contains(CountDimension.Heading) ? f.HeadingId : (int?)null,
                HeadingName = by.Contains(CountDimension.Heading) ? f.Heading : null,
                HeadingOrder = by.Contains(CountDimension.Heading) ? f.HeadingOrder : 0,
                Rag = by.Contains(CountDimension.Rating) ? f.Rag : null,
            })
            .OrderBy(g => g.Key.LaName).ThenBy(g => g.Key.GroupOrder).ThenBy(g => g.Key.HeadingOrder).ThenBy(g => g.Key.Rag)
            .Select(g => new FindingCount(g.Key.La, g.Key.LaName, g.Key.Group, g.Key.Heading, g.Key.HeadingName, g.Key.Rag, g.Count()))
            .ToList();
    }
}
