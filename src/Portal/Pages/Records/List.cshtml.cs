using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Portal.Records;

namespace Rag.Portal.Pages.Records;

/// <summary>One kind of record as a list: searched, filtered, sorted and paged in SQL, its state in the URL.</summary>
public class ListModel(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs) : RecordPage(db, catalog)
{
    public RecordListState State { get; private set; } = null!;
    public IReadOnlyList<RecordColumn> Columns { get; private set; } = [];
    public List<object?[]> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + State.Size - 1) / State.Size);
    public string? Description => docs.Type(Entity.ClrType);

    /// <summary>The labels of the records the reference filters name, by field.</summary>
    public Dictionary<string, string> FilterLabels { get; } = [];

    public async Task<IActionResult> OnGetAsync(string entity, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        var query = Prepare();
        Total = await Entity.CountAsync(query, cancellationToken);
        var page = Math.Min(State.Page, Pages);
        var slice = Entity.Slice(RecordListQuery.Sorted(Entity, query, State, Columns), (page - 1) * State.Size, State.Size);
        Rows = await RecordListQuery.Rows(Entity, slice, Columns).ToListAsync(cancellationToken);
        State = State with { Page = page };
        foreach (var column in Columns.Where(c => c.Reference is not null))
            if (State.Filters.GetValueOrDefault(column.Field) is { } value && int.TryParse(value, out var id))
                FilterLabels[column.Field] = await LabelAsync(column.Reference!.Target, id, cancellationToken);
        Crumbs();
        return Page();
    }

    /// <summary>The filtered list, every row, as CSV: streamed from the database, never held in memory.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string entity, CancellationToken cancellationToken)
    {
        if (!Resolve(entity)) return NotFound();
        var rows = RecordListQuery.Rows(Entity, RecordListQuery.Sorted(Entity, Prepare(), State, Columns), Columns);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{Entity.Declaration.Plural}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("id");
        foreach (var column in Columns)
        {
            csv.WriteField(column.Field);
            if (column.Reference is not null) csv.WriteField(column.Reference.FieldName);
        }
        await csv.NextRecordAsync();
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var value in row) csv.WriteField(RecordText.Show(value));
            await csv.NextRecordAsync();
        }
        return new EmptyResult();
    }

    IQueryable Prepare()
    {
        State = RecordListState.From(Request.Query);
        Columns = RecordColumn.Of(Entity);
        return RecordListQuery.Filtered(Entity, Entity.Query(Db), State, Columns);
    }

    /// <summary>The cells of one row for the table: each column's text, and the link of a reference.</summary>
    public IEnumerable<(RecordColumn Column, string Text, string? Link)> Cells(object?[] row)
    {
        var i = 1;
        foreach (var column in Columns)
        {
            var value = row[i++];
            if (column.Reference is { } reference)
            {
                var label = row[i++];
                yield return value is int id ? (column, RecordLabels.Of(reference.Target, id, label), $"/Records/{reference.Target.Name}/{id}") : (column, "", null);
            }
            else yield return (column, RecordLabels.Shorten(RecordText.Show(value), 120), null);
        }
    }

    public static IEnumerable<string> Choices(RecordColumn column) =>
        column.Scalar.ValueType == typeof(bool) ? ["true", "false"] : Enum.GetNames(column.Scalar.ValueType);
}
