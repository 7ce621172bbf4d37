using Rag.Persistence.Seed;

namespace Rag.Persistence.Fsi;

/// <summary>How far two independent readings of 002 agree: on where each quote begins and ends, and, over the
/// findings both read, on its heading, its LA and its RAG rating (raw share and Cohen's kappa).</summary>
public sealed record AgreementFigures(
    int FirstReadingFindings, int SecondReadingFindings, int Paired, int BoundAlike, double BoundaryAgreement,
    double HeadingAgreement, double? HeadingKappa, double LocalAuthorityAgreement, double? LocalAuthorityKappa,
    double RagAgreement, double? RagKappa);

public sealed record LetterAgreement(string Slug, string LocalAuthority, AgreementFigures Figures);

public sealed record ReadingAgreementReport(AgreementFigures Overall, IReadOnlyList<LetterAgreement> Letters);

/// <summary>Computes the agreement between the two readings shipped with the seed data, once: the readings are
/// fixed evidence, so the figures are too. A letter's findings are those the first reading put in it (and, for
/// findings only the second reading has, those the second put in it).</summary>
public sealed class ReadingAgreement(SeedFiles files)
{
    readonly Lazy<ReadingAgreementReport> report = new(() => Compute(files));

    public ReadingAgreementReport Report => report.Value;

    static ReadingAgreementReport Compute(SeedFiles files)
    {
        var pairs = Readings.Pair(Readings.Load(files, "First"), Readings.Load(files, "Second"));
        var letters = pairs.GroupBy(p => (p.First ?? p.Second)!.Letter)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterAgreement(g.Key, (g.First().First ?? g.First().Second)!.LocalAuthority, Figures(g.ToList())))
            .ToList();
        return new ReadingAgreementReport(Figures(pairs), letters);
    }

    static AgreementFigures Figures(IReadOnlyList<ReadingPair> pairs)
    {
        var paired = pairs.Where(p => p is { First: not null, Second: not null }).Select(p => (First: p.First!, Second: p.Second!)).ToList();
        return new AgreementFigures(
            pairs.Count(p => p.First is not null), pairs.Count(p => p.Second is not null), paired.Count,
            pairs.Count(p => p.BoundAlike), Share(pairs.Count(p => p.BoundAlike), pairs.Count),
            Share(paired.Count(p => p.First.Heading == p.Second.Heading), paired.Count),
            CohensKappa(paired.Select(p => (p.First.Heading, p.Second.Heading)).ToList()),
            Share(paired.Count(p => p.First.Letter == p.Second.Letter), paired.Count),
            CohensKappa(paired.Select(p => (p.First.Letter, p.Second.Letter)).ToList()),
            Share(paired.Count(p => p.First.Rag == p.Second.Rag), paired.Count),
            CohensKappa(paired.Select(p => (p.First.Rag.ToString(), p.Second.Rag.ToString())).ToList()));
    }

    static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Cohen's kappa: (observed − chance agreement) / (1 − chance agreement), chance agreement being the
    /// sum over categories of the product of the two readers' shares. Null where chance agreement is 1 (both
    /// readers used one and the same category throughout), where kappa is undefined.</summary>
    public static double? CohensKappa<T>(IReadOnlyList<(T First, T Second)> codings) where T : notnull
    {
        if (codings.Count == 0) return null;
        double n = codings.Count;
        var observed = codings.Count(c => Equals(c.First, c.Second)) / n;
        var firstShares = codings.GroupBy(c => c.First).ToDictionary(g => g.Key, g => g.Count() / n);
        var chance = codings.GroupBy(c => c.Second).Sum(g => firstShares.GetValueOrDefault(g.Key) * (g.Count() / n));
        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }
}
