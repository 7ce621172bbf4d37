using Rag.Persistence.Seed;

namespace Rag.Persistence.Fsi;

/// <summary>How far two independent readings of 002 agree: on where each quote begins and ends, and, over the
/// findings both read, on its heading, its LA and its RAG rating (raw share and Cohen's kappa).</summary>
public sealed record AgreementFigures(
    int FirstReadingFindings, int SecondReadingFindings, int Paired, int BoundAlike, double BoundaryAgreement,
    double HeadingAgreement, double? HeadingKappa, double LocalAuthorityAgreement, double? LocalAuthorityKappa,
    double RagAgreement, double? RagKappa);

public sealed record LetterAgreement(string Slug, string LocalAuthority, AgreementFigures Figures);

/// <summary>What settling the disagreements changed: the first reading compared with the resolved findings of the
/// curated letters, and how many of those stay uncertain.</summary>
public sealed record ResolutionFigures(
    int ResolvedFindings, int HeadingChanged, int LocalAuthorityChanged, int RagChanged, int RemovedFindings, int AddedFindings,
    int HeadingDisagreements, int HeadingDisagreementsUncertain, int HeadingUncertain, int AttributionUncertain);

public sealed record ReadingAgreementReport(AgreementFigures Overall, IReadOnlyList<LetterAgreement> Letters, ResolutionFigures Resolution);

/// <summary>Computes the agreement between the two readings shipped with the seed data, once: the readings are
/// fixed evidence, so the figures are too. A letter's findings are those the first reading put in it (and, for
/// findings only the second reading has, those the second put in it).</summary>
public sealed class ReadingAgreement(SeedFiles files)
{
    readonly Lazy<ReadingAgreementReport> report = new(() => Compute(files));
    readonly Lazy<IReadOnlyList<ReadingPair>> pairs = new(() => Readings.Pair(Readings.Load(files, "First"), Readings.Load(files, "Second")));

    public ReadingAgreementReport Report => report.Value;

    /// <summary>The second reading's finding beside the finding on these lines of 002 ("1372-1375"): the one paired with
    /// the first reading's finding there, else one the second reading bound to exactly these lines; null if neither.</summary>
    public ReadFinding? SecondReadingAt(string? lines)
    {
        if (Sources.LineRange.Parse(lines) is not { } range) return null;
        bool At(ReadFinding? f) => f is not null && (f.FirstLine, f.LastLine) == (range.First, range.Last);
        return pairs.Value.FirstOrDefault(p => At(p.First))?.Second ?? pairs.Value.Select(p => p.Second).FirstOrDefault(At);
    }

    static ReadingAgreementReport Compute(SeedFiles files)
    {
        var first = Readings.Load(files, "First");
        var pairs = Readings.Pair(first, Readings.Load(files, "Second"));
        var letters = pairs.GroupBy(p => (p.First ?? p.Second)!.Letter)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterAgreement(g.Key, (g.First().First ?? g.First().Second)!.LocalAuthority, Figures(g.ToList())))
            .ToList();
        return new ReadingAgreementReport(Figures(pairs), letters, Resolution(pairs, Readings.Pair(first, Readings.LoadResolved(files))));
    }

    static ResolutionFigures Resolution(IReadOnlyList<ReadingPair> readings, IReadOnlyList<ReadingPair> resolved)
    {
        var kept = resolved.Where(p => p is { First: not null, Second: not null }).Select(p => (First: p.First!, Now: p.Second!)).ToList();
        var now = resolved.Select(p => p.Second).OfType<ReadFinding>().ToList();
        // A heading the readers disagreed on, looked up by the first reading's lines among the resolved findings.
        var disagreements = readings.Where(p => p is { First: not null, Second: not null } && p.First.Heading != p.Second.Heading)
            .Select(p => kept.FirstOrDefault(k => ReferenceEquals(k.First, p.First!)).Now).ToList();
        return new ResolutionFigures(now.Count,
            kept.Count(k => k.First.Heading != k.Now.Heading), kept.Count(k => k.First.Letter != k.Now.Letter), kept.Count(k => k.First.Rag != k.Now.Rag),
            resolved.Count(p => p.Second is null), resolved.Count(p => p.First is null),
            disagreements.Count, disagreements.Count(f => f?.HeadingUncertain == true),
            now.Count(f => f.HeadingUncertain), now.Count(f => f.AttributionUncertain));
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
