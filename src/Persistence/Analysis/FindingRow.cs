using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence.Analysis.Search;

namespace Rag.Persistence.Analysis;

/// <summary>One finding with what every analysis needs about its letter, LA, region and heading, read in one statement.</summary>
public sealed record FindingRow(
    int Id, int LetterId, DateOnly LetterDate, string PrintedName, int LocalAuthorityId, string LocalAuthority,
    int RegionId, string Region, int GroupId, string Group, int GroupOrder, int HeadingId, string Heading, int HeadingOrder,
    int Order, string Text, RagRating? Rag, bool RagIsInferred, bool HeadingUncertain, bool AttributionUncertain,
    string? CuratorNote, string? SourceDocument, string? SourceLines)
{
    public bool Uncertain => HeadingUncertain || AttributionUncertain;
}

/// <summary>Applies a <see cref="FindingFilter"/> in SQL (the text part through the full-text index).</summary>
public sealed class FindingRows(RagDbContext db, SearchIndex index)
{
    public IQueryable<Domain.Authorities.LocalAuthority> LettersLas(FindingFilter filter) =>
        db.LocalAuthorities.Where(la => la.FsiLetters.Any(l =>
            (filter.LetterFrom == null || l.LetterDate >= filter.LetterFrom) && (filter.LetterTo == null || l.LetterDate <= filter.LetterTo)))
            .Where(la => filter.RegionIds == null || filter.RegionIds.Count == 0 || filter.RegionIds.Contains(la.RegionId))
            .Where(la => filter.LocalAuthorityIds == null || filter.LocalAuthorityIds.Count == 0 || filter.LocalAuthorityIds.Contains(la.Id));

    public IQueryable<FsiHeading> Headings(FindingFilter filter) =>
        db.FsiHeadings
            .Where(h => filter.HeadingGroupIds == null || filter.HeadingGroupIds.Count == 0 || filter.HeadingGroupIds.Contains(h.FsiHeadingGroupId))
            .Where(h => filter.HeadingIds == null || filter.HeadingIds.Count == 0 || filter.HeadingIds.Contains(h.Id));

    public async Task<List<FindingRow>> LoadAsync(FindingFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.FsiFindings.AsNoTracking();
        if (filter.RegionIds is { Count: > 0 } regions) query = query.Where(f => regions.Contains(f.Letter!.LocalAuthority!.RegionId));
        if (filter.LocalAuthorityIds is { Count: > 0 } las) query = query.Where(f => las.Contains(f.Letter!.LocalAuthorityId));
        if (filter.HeadingGroupIds is { Count: > 0 } groups) query = query.Where(f => groups.Contains(f.Heading!.FsiHeadingGroupId));
        if (filter.HeadingIds is { Count: > 0 } headings) query = query.Where(f => headings.Contains(f.FsiHeadingId));
        if (filter.LetterFrom is { } from) query = query.Where(f => f.Letter!.LetterDate >= from);
        if (filter.LetterTo is { } to) query = query.Where(f => f.Letter!.LetterDate <= to);
        if (filter.Ratings is { Count: > 0 } ratings)
        {
            var rated = ratings.Cast<RagRating?>().ToList();
            query = query.Where(f => rated.Contains(f.Rag));
        }
        if (filter.Uncertain is { } uncertain) query = query.Where(f => (f.HeadingUncertain || f.AttributionUncertain) == uncertain);
        if (!string.IsNullOrWhiteSpace(filter.Words))
        {
            var ids = await index.MatchingFindingIdsAsync(filter.Words, cancellationToken);
            query = query.Where(f => ids.Contains(f.Id));
        }
        return await query
            .OrderBy(f => f.Heading!.Order).ThenBy(f => f.Letter!.LocalAuthority!.Name).ThenBy(f => f.Order)
            .Select(f => new FindingRow(f.Id, f.FsiLetterId, f.Letter!.LetterDate, f.Letter.PrintedName, f.Letter.LocalAuthorityId,
                f.Letter.LocalAuthority!.Name, f.Letter.LocalAuthority.RegionId, f.Letter.LocalAuthority.Region!.Name,
                f.Heading!.FsiHeadingGroupId, f.Heading.Group!.Name, f.Heading.Group.Order, f.FsiHeadingId, f.Heading.Name, f.Heading.Order,
                f.Order, f.Text, f.Rag, f.RagIsInferred, f.HeadingUncertain, f.AttributionUncertain, f.CuratorNote, f.SourceDocument, f.SourceLines))
            .ToListAsync(cancellationToken);
    }
}
