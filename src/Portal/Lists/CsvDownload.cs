using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Rag.Portal.Lists;

/// <summary>A list's rows as a CSV download, streamed from the database as they come, never held in memory.</summary>
public static class CsvDownload
{
    public static async Task<IActionResult> WriteAsync<T>(HttpResponse response, string fileName, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new System.Text.UTF8Encoding(false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<T>();
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRecord(row);
            await csv.NextRecordAsync();
        }
        return new EmptyResult();
    }
}
