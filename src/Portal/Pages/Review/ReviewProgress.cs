using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Auditing;

namespace Rag.Portal.Pages.Review;

/// <summary>What the review queue filters by: one of the curator's flags on a finding.</summary>
public sealed record ReviewFlag(string Key, string Title, string Field, string Confirmed)
{
    public static readonly ReviewFlag Heading = new("heading", "Heading uncertain", "headingUncertain", "headings confirmed");
    public static readonly ReviewFlag LocalAuthority = new("la", "LA uncertain", "attributionUncertain", "LAs confirmed");
    public static readonly ReviewFlag Rating = new("rag", "Rating inferred", "ragIsInferred", "ratings confirmed");
    public static readonly ReviewFlag[] All = [Heading, LocalAuthority, Rating];

    public static ReviewFlag Of(string? key) => All.FirstOrDefault(f => f.Key == key) ?? Heading;

    public IQueryable<FsiFinding> Flagged(IQueryable<FsiFinding> findings) => Key switch
    {
        "la" => findings.Where(f => f.AttributionUncertain),
        "rag" => findings.Where(f => f.RagIsInferred),
        _ => findings.Where(f => f.HeadingUncertain),
    };
}

/// <summary>How far the review has come for one flag: findings still flagged, and those an editor cleared.</summary>
public sealed record FlagProgress(ReviewFlag Flag, int StillUncertain, int Confirmed)
{
    public int Total => StillUncertain + Confirmed;
    public int Percent => Total == 0 ? 100 : (int)Math.Round(100.0 * Confirmed / Total);
}

/// <summary>Counts the review's progress. "Confirmed" comes from the audit trail: the findings whose flag an editor
/// cleared (and which are not flagged again), so the count survives any later edit of the finding.</summary>
public sealed class ReviewProgress(RagDbContext db)
{
    public async Task<IReadOnlyList<FlagProgress>> AllAsync(CancellationToken cancellationToken = default)
    {
        // The trail stores changes as JSON text: the finding updates are read and matched here.
        var updates = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == nameof(FsiFinding) && e.Action == AuditAction.Updated).ToListAsync(cancellationToken);
        var progress = new List<FlagProgress>();
        foreach (var flag in ReviewFlag.All)
        {
            var flagged = (await flag.Flagged(db.FsiFindings).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
            var cleared = updates.Where(e => e.Changes.Any(c => c.Field == flag.Field && string.Equals(c.Old, "true", StringComparison.OrdinalIgnoreCase)
                                                               && string.Equals(c.New, "false", StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.RecordId).Where(id => !flagged.Contains(id)).Distinct().Count();
            progress.Add(new FlagProgress(flag, flagged.Count, cleared));
        }
        return progress;
    }
}
