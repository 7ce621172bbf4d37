using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;

namespace Rag.Persistence.Fsi;

/// <summary>One rating's figures: how often it was suggested and resolved, and how often both.</summary>
public sealed record RagClassFigures(RagRating Rating, int Resolved, int Suggested, int Correct, double Precision, double Recall);

/// <summary>The suggested rating (<see cref="RagSuggestion"/>) against the rated findings: accuracy, the share always
/// answering the commonest rating would score, and each rating's precision and recall.</summary>
public sealed record SuggestedRagFigures(int Findings, int Correct, double Accuracy, double CommonestShare, IReadOnlyList<RagClassFigures> Ratings);

/// <summary>Measures the rating suggested from the wording against the ratings the findings now hold (the resolved
/// ratings of the seed, or an editor's), as docs/rag-rubric.md reports it.</summary>
public sealed class SuggestedRagEvaluation(RagDbContext db)
{
    public async Task<SuggestedRagFigures> MeasureAsync(CancellationToken cancellationToken = default)
    {
        var rated = await db.FsiFindings.AsNoTracking().Where(f => f.Rag != null).Select(f => new { f.Text, f.Rag }).ToListAsync(cancellationToken);
        var outcomes = rated.Select(f => (Resolved: f.Rag!.Value, Suggested: RagSuggestion.From(f.Text).Rating)).ToList();
        var ratings = Enum.GetValues<RagRating>().Select(rating =>
        {
            var resolved = outcomes.Count(o => o.Resolved == rating);
            var suggested = outcomes.Count(o => o.Suggested == rating);
            var correct = outcomes.Count(o => o.Resolved == rating && o.Suggested == rating);
            return new RagClassFigures(rating, resolved, suggested, correct, Share(correct, suggested), Share(correct, resolved));
        }).ToList();
        var hits = outcomes.Count(o => o.Resolved == o.Suggested);
        return new SuggestedRagFigures(outcomes.Count, hits, Share(hits, outcomes.Count),
            Share(ratings.Select(r => r.Resolved).DefaultIfEmpty().Max(), outcomes.Count), ratings);
    }

    static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
