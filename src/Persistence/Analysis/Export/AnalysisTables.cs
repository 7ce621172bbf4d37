using Rag.Persistence.Analysis.Counts;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Profiles;
using Rag.Persistence.Analysis.Search;
using Rag.Persistence.Analysis.Similarity;
using Rag.Persistence.Analysis.Sips;
using Rag.Persistence.Analysis.Transitions;
using Rag.Persistence.Analysis.Wording;

namespace Rag.Persistence.Analysis.Export;

/// <summary>Each view's records as the rows of its downloads: the same records the page shows, flattened.</summary>
public static class AnalysisTables
{
    static readonly string[] FindingColumns = ["Finding ID", "LA", "Letter ID", "Letter date", "Heading", "Rating", "Rating inferred", "Uncertain", "Text", "Source document", "Source lines", "Curator note"];

    static object?[] FindingCells(FindingItem f) =>
        [f.Id, f.LocalAuthority, f.LetterId, f.LetterDate, f.Heading, f.Rag?.ToString() ?? "", f.RagIsInferred, f.Uncertain, f.Text, f.SourceDocument, f.SourceLines, f.CuratorNote];

    public static ExportTable MatrixCells(ComparisonMatrixResult matrix) => new("Matrix",
        ["Group", "Heading", "LA", "Red", "Amber", "Green", "Unrated", "Findings"],
        matrix.Groups.SelectMany(g => g.Rows.SelectMany(r => r.Cells.Select(c => (IReadOnlyList<object?>)
            [g.Group, r.Heading, matrix.Columns.Single(col => col.LocalAuthorityId == c.LocalAuthorityId).LocalAuthority,
             c.Tally.Red, c.Tally.Amber, c.Tally.Green, c.Tally.Unrated, c.Tally.Total]))).ToList());

    public static ExportTable MatrixFindings(ComparisonMatrixResult matrix) => new("Findings",
        ["Group", .. FindingColumns],
        matrix.Groups.SelectMany(g => g.Rows.SelectMany(r => r.Cells.SelectMany(c => c.Findings.Select(f => (IReadOnlyList<object?>)[g.Group, .. FindingCells(f)])))).ToList());

    public static ExportTable TransitionLetters(GradeTransitionsResult t) => new("Letters",
        ["Rank", "LA", "Region", "Letter date", "Schools", "Improved", "Stayed", "Declined", "Not comparable", "Good or better", "Share good or better", "95% low", "95% high", "Small sample"],
        t.Letters.Select(l => (IReadOnlyList<object?>)[l.Rank, l.LocalAuthority, l.Region, l.LetterDate, l.Schools, l.Improved, l.Stayed, l.Declined, l.NotComparable,
            l.GoodOrBetter, l.GoodOrBetterShare, l.ShareLow, l.ShareHigh, l.SmallSample]).ToList());

    public static ExportTable TransitionFlows(GradeTransitionsResult t) => new("Flows",
        ["LA", "From", "To", "Schools", "Movement"],
        t.Letters.OrderBy(l => l.LocalAuthority).SelectMany(l => l.Flows.Select(f => (IReadOnlyList<object?>)[l.LocalAuthority, f.From, f.To, f.Count, f.Movement])).ToList());

    public static ExportTable GradeOrderingTable() => new("Grade ordering",
        ["Code", "Meaning", "Best step", "Worst step", "Why"],
        GradeOrdering.Steps.Select(s => (IReadOnlyList<object?>)[s.Code, s.Meaning, s.Best, s.Worst, s.Reason]).ToList());

    public static ExportTable ProfileMeasures(LaProfileResult p) => new("Measures",
        ["Measure", "Value", "Rank", "Of LAs", "Region", "England", "Higher is better"],
        p.Measures.Select(m => (IReadOnlyList<object?>)[m.Name, m.Value, m.Rank, m.RankedLas, m.RegionValue, m.NationalValue, m.HigherIsBetter]).ToList());

    public static ExportTable ProfileFindings(LaProfileResult p) => new("Findings", FindingColumns,
        p.Headings.SelectMany(h => h.Findings).Select(f => (IReadOnlyList<object?>)FindingCells(f)).ToList());

    public static ExportTable HeadingFindings(HeadingProfileResult p) => new("Findings", FindingColumns,
        p.LocalAuthorities.SelectMany(l => l.Findings).Select(f => (IReadOnlyList<object?>)FindingCells(f)).ToList());

    public static ExportTable HeadingTerms(HeadingProfileResult p) => new("Recurring terms",
        ["Term", "Words", "Findings", "LAs"],
        p.RecurringTerms.Select(t => (IReadOnlyList<object?>)[t.Term, t.Words, t.Findings, t.LocalAuthorities]).ToList());

    public static ExportTable WordingPairs(IEnumerable<WordingPair> pairs) => new("Pairs",
        ["Similarity", "Shared sequences", "First LA", "First finding ID", "First heading", "First text", "Second LA", "Second finding ID", "Second heading", "Second text"],
        pairs.Select(p => (IReadOnlyList<object?>)[p.Similarity, p.SharedSequences, p.First.LocalAuthority, p.First.Id, p.First.Heading, p.First.Text,
            p.Second.LocalAuthority, p.Second.Id, p.Second.Heading, p.Second.Text]).ToList());

    public static ExportTable Neighbours(IEnumerable<LocalAuthorityNeighbours> las) => new("Similar LAs",
        ["LA", "Near LA", "Similarity", "Shared headings"],
        las.SelectMany(l => l.Nearest.Select(n => (IReadOnlyList<object?>)[l.LocalAuthority, n.LocalAuthority, n.Similarity,
            string.Join("; ", n.SharedHeadings.Select(h => $"{h.Heading} ({h.Score:0.##} / {h.OtherScore:0.##})"))])).ToList());

    public static ExportTable SipVisits(IEnumerable<LaSipVisits> las) => new("SIP visits",
        ["LA", "Category", "Schools", "Entitled half-days", "Held half-days", "Year from", "Year to"],
        las.SelectMany(l => l.Categories.Select(c => (IReadOnlyList<object?>)[l.LocalAuthority, c.Category, c.Schools, c.EntitledHalfDays, c.HeldHalfDays, l.YearFrom, l.YearTo])).ToList());

    public static ExportTable SipSummary(IEnumerable<LaSipVisits> las) => new("LAs",
        ["LA", "Schools", "With a SIP", "Entitled half-days", "Held half-days", "Visits", "Deployments over 3 years", "SIPs lapsing"],
        las.Select(l => (IReadOnlyList<object?>)[l.LocalAuthority, l.Schools, l.SchoolsWithSip, l.EntitledHalfDays, l.HeldHalfDays, l.Visits, l.DeploymentsOverThreeYears, l.SipsLapsing]).ToList());

    public static ExportTable Search(SearchResults results) => new("Results",
        ["Rank", "Score", "Kind", "LA", "Letter date", "Heading", "Text", "Record ID", "Letter ID"],
        results.Hits.Select((h, i) => (IReadOnlyList<object?>)[i + 1, h.Score, h.Kind, h.LocalAuthority, h.LetterDate, h.Heading, h.Text, h.RecordId, h.LetterId]).ToList());

    public static ExportTable Counts(IEnumerable<FindingCount> counts) => new("Counts",
        ["LA", "Heading group", "Heading", "Rating", "Findings"],
        counts.Select(c => (IReadOnlyList<object?>)[c.LocalAuthority, c.HeadingGroup, c.Heading, c.Rag?.ToString(), c.Count]).ToList());
}
