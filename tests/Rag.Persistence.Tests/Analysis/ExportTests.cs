using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Rag.Persistence.Analysis;
using Rag.Persistence.Analysis.Export;
using Rag.Persistence.Analysis.Matrix;
using Rag.Persistence.Analysis.Transitions;
using Rag.Testing;

namespace Rag.Persistence.Tests.Analysis;

[Collection(SqliteAnalysis.Name)]
public sealed class ExportTests(SeededSqlite fixture) : AnalysisTest<SeededSqlite>(fixture)
{
    static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        return rows;
    }

    static List<IDictionary<string, object>> Sheet(byte[] workbook, string sheet) =>
        new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>().ToList();

    [Fact]
    public async Task ShouldWriteTheMatrixAsOneRowPerFindingWithItsSource()
    {
        var matrix = await Run<ComparisonMatrix, ComparisonMatrixResult>(s => s.BuildAsync(FindingFilter.All));
        var rows = ReadCsv(AnalysisExporter.Csv(AnalysisTables.MatrixFindings(matrix)));

        Assert.Equal(["Group", "Finding ID", "LA", "Letter ID", "Letter date", "Heading", "Rating", "Rating inferred", "Uncertain", "Text", "Source document", "Source lines", "Curator note"], rows[0]);
        // One row for each of the 422 findings of Seed/Data/FsiLetters; bristol-city.json has 11 resolved Red.
        Assert.Equal(422, rows.Count - 1);
        Assert.Equal(11, rows.Count(r => r[2] == "Bristol, City of" && r[6] == "Red"));
        Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrEmpty(r[11])));
        // Quotes and commas in findings survive the round trip.
        Assert.Contains(rows, r => r[9].Contains('“') && r[9].Contains(','));
    }

    [Fact]
    public async Task ShouldWriteTheMatrixCellsWithTheirCounts()
    {
        var matrix = await Run<ComparisonMatrix, ComparisonMatrixResult>(s => s.BuildAsync(FindingFilter.All));
        var rows = ReadCsv(AnalysisExporter.Csv(AnalysisTables.MatrixCells(matrix)));

        // A cell for each of fsi-headings.json's 25 headings and the 17 letters' LAs, holding the 422 findings between them;
        // Bristol's cells hold its 11 Red (bristol-city.json).
        Assert.Equal(25 * 17, rows.Count - 1);
        Assert.Equal(422, rows.Skip(1).Sum(r => int.Parse(r[7], CultureInfo.InvariantCulture)));
        Assert.Equal(11, rows.Skip(1).Where(r => r[2] == "Bristol, City of").Sum(r => int.Parse(r[3], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ShouldWriteAWorkbookThatStatesItsFiltersAndProvenance()
    {
        var filter = new LetterFilter { LetterFrom = new DateOnly(2013, 9, 1) };
        var transitions = await Run<GradeTransitions, GradeTransitionsResult>(s => s.BuildAsync(filter));
        var workbook = AnalysisExporter.Xlsx(new ExportDescription("Grade transitions", filter.Describe(), "/Analysis/Transitions?from=2013-09-01", DateTime.UtcNow),
            AnalysisTables.TransitionLetters(transitions), AnalysisTables.TransitionFlows(transitions), AnalysisTables.GradeOrderingTable());

        Assert.Equal(["About", "Letters", "Flows", "Grade ordering"], MiniExcel.GetSheetNames(new MemoryStream(workbook)));
        var about = Sheet(workbook, "About").ToDictionary(r => (string)r["Item"], r => r["Value"]?.ToString());
        Assert.Equal("Grade transitions", about["View"]);
        Assert.Equal("2013-09-01", about["Filter: Letters from"]);
        Assert.Equal("/Analysis/Transitions?from=2013-09-01", about["Permalink"]);
        Assert.Contains("002_108093f72920003a.txt", about["Provenance"]);
        var bristol = Sheet(workbook, "Letters").Single(r => (string)r["LA"] == "Bristol, City of");
        Assert.Equal((15, 10, 11), (Convert.ToInt32(bristol["Schools"]), Convert.ToInt32(bristol["Improved"]), Convert.ToInt32(bristol["Good or better"])));
        Assert.Contains(Sheet(workbook, "Flows"), r => (string)r["LA"] == "Bristol, City of" && (string)r["From"] == "S" && (string)r["To"] == "G" && Convert.ToInt32(r["Schools"]) == 9);
        Assert.Equal(12, Sheet(workbook, "Grade ordering").Count);
    }
}
