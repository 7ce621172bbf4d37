using Microsoft.EntityFrameworkCore;
using Rag.Domain.Fsi;
using Rag.Persistence;

namespace Rag.Benchmarks;

/// <summary>Generates benchmark-only letters and findings, flagged synthetic, in a throwaway database: the
/// curated seed files are never touched.</summary>
static class SyntheticLetters
{
    public static async Task AddAsync(RagDbContext db, int letters, int findingsPerLetter)
    {
        var random = new Random(20261123);
        var authorities = await db.LocalAuthorities.Select(la => la.Id).ToListAsync();
        var headings = await db.FsiHeadings.Select(h => h.Id).ToListAsync();
        for (var i = 0; i < letters; i++)
        {
            db.FsiLetters.Add(new FsiLetter
            {
                IsSynthetic = true,
                LocalAuthorityId = authorities[random.Next(authorities.Count)],
                PrintedName = $"Synthetic letter {i + 1}",
                LetterDate = new DateOnly(2013, 1, 1).AddDays(random.Next(700)),
                SchoolCount = random.Next(5, 30),
                Findings = Enumerable.Range(1, findingsPerLetter).Select(n => new FsiFinding
                {
                    IsSynthetic = true,
                    Order = n,
                    FsiHeadingId = headings[random.Next(headings.Count)],
                    Text = $"Synthetic finding {n} of letter {i + 1}",
                    Rag = (RagRating)random.Next(3),
                    RagIsInferred = true,
                }).ToList(),
            });
        }
        await db.SaveChangesAsync();
    }
}
