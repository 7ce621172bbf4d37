using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Rag.Persistence.Analysis.Export;

/// <summary>Writes a view's tables as CSV (one table) or as an .xlsx workbook whose first sheet states the filters and provenance.</summary>
public static class AnalysisExporter
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in table.Columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row) csv.WriteField(Text(value));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(ExportDescription description, params ExportTable[] tables)
    {
        var about = new List<Dictionary<string, object?>>
        {
            Pair("View", description.View),
            Pair("Generated (UTC)", description.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            Pair("Permalink", description.Permalink),
        };
        about.AddRange(description.Filters.Select(f => Pair("Filter: " + f.Name, f.Value)));
        about.Add(Pair("Provenance", ExportDescription.Provenance));
        var sheets = new Dictionary<string, object> { ["About"] = about };
        foreach (var table in tables)
            sheets[SheetName(table.Name)] = table.Rows.Select(row =>
                table.Columns.Select((c, i) => (c, v: Cell(row[i]))).ToDictionary(p => p.c, p => p.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    static Dictionary<string, object?> Pair(string name, string value) => new() { ["Item"] = name, ["Value"] = value };

    static string SheetName(string name) => new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray()) is var clean && clean.Length > 31 ? clean[..31] : clean;

    static object? Cell(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => value,
    };

    static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
