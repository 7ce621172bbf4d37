using Microsoft.EntityFrameworkCore;
using Rag.Persistence.Analysis.Search;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

public abstract class TextSearchTests<TDatabase>(TDatabase fixture) : AnalysisTest<TDatabase>(fixture) where TDatabase : SeededDatabase
{
    Task<SearchResults> Search(string query, params SearchKind[] kinds) =>
        Run<TextSearch, SearchResults>(s => s.SearchAsync(new SearchFilter { Query = query, Kinds = kinds, Limit = 1000 }));

    /// <summary>The findings a plain scan of every text finds, for comparison with the index.</summary>
    async Task<List<int>> Scan(Func<string, bool> matches) =>
        (await Fixture.Database.WithContextAsync(db => db.FsiFindings.Select(f => new { f.Id, f.Text }).ToListAsync()))
        .Where(f => matches(f.Text)).Select(f => f.Id).Order().ToList();

    [Fact]
    public async Task ShouldFindEveryFindingAPlainScanFinds()
    {
        var hits = await Search("governors", SearchKind.Finding);
        var scan = await Scan(t => TextFolding.Words(t).Any(w => w.Folded == "governors"));

        Assert.NotEmpty(scan);
        Assert.Equal(scan, hits.Hits.Select(h => h.RecordId).Order());
    }

    [Fact]
    public async Task ShouldIgnoreCaseAndAccents()
    {
        var plain = await Search("use of data");
        var shouted = await Search("USE OF DÀTA");

        Assert.True(plain.Total > 0);
        Assert.Equal(plain.Hits.Select(h => (h.Kind, h.RecordId)), shouted.Hits.Select(h => (h.Kind, h.RecordId)));
    }

    [Fact]
    public async Task ShouldKeepAPhrasesWordsTogether()
    {
        var words = await Search("school improvement", SearchKind.Finding);
        var phrase = await Search("\"school improvement\"", SearchKind.Finding);
        var scan = await Scan(t => TextFolding.Fold(string.Join(' ', TextFolding.Words(t).Select(w => w.Folded))).Contains("school improvement"));

        Assert.True(phrase.Total < words.Total);
        Assert.Equal(scan, phrase.Hits.Select(h => h.RecordId).Order());
    }

    [Fact]
    public async Task ShouldMarkTheMatchingWordsAndRankShortFocusedTextsFirst()
    {
        var results = await Search("\"use of data\"");
        var first = results.Hits[0];

        Assert.Contains(first.Fragments, f => f.Marked && TextFolding.Fold(f.Text) == "use of data");
        Assert.Equal(first.Text, string.Concat(first.Fragments.Select(f => f.Text)));
        Assert.True(results.Hits.Zip(results.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task ShouldSearchLettersReasonsAndNotes()
    {
        var reasons = await Search("less than good", SearchKind.LetterReason);

        Assert.Contains(reasons.Hits, h => h.LocalAuthority == "Bristol, City of");
        Assert.All(reasons.Hits, h => Assert.Null(h.Heading));
    }

    [Fact]
    public async Task ShouldKeepTheIndexCurrentWhenAFindingChanges()
    {
        var id = await Fixture.Database.WithContextAsync(db => db.FsiFindings.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        await Fixture.Database.WithContextAsync(async db =>
        {
            var finding = await db.FsiFindings.SingleAsync(f => f.Id == id);
            finding.CuratorNote = "Zyxwvut: a word no letter uses.";
            await db.SaveChangesAsync();
        });
        var found = await Search("zyxwvut", SearchKind.FindingNote);
        await Fixture.Database.WithContextAsync(async db =>
        {
            var finding = await db.FsiFindings.SingleAsync(f => f.Id == id);
            finding.CuratorNote = null;
            await db.SaveChangesAsync();
        });

        Assert.Equal([id], found.Hits.Select(h => h.RecordId));
        Assert.Equal(0, (await Search("zyxwvut")).Total);
    }

    [Fact]
    public async Task ShouldBeSafeWithWhateverIsTyped()
    {
        Assert.Equal(0, (await Search("\" ( ) * : OR AND NOT -")).Total);
        Assert.Equal(0, (await Search("")).Total);
    }
}

[Collection(SqliteAnalysis.Name)]
public sealed class SqliteTextSearchTests(SeededSqlite fixture) : TextSearchTests<SeededSqlite>(fixture);

[Collection(PostgresAnalysis.Name)]
public sealed class PostgresTextSearchTests(SeededPostgres fixture) : TextSearchTests<SeededPostgres>(fixture);
