using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Record = Rag.Domain.Common.Record;

namespace Rag.Persistence.Sources;

/// <summary>Every stored record's provenance, read from the database, so a record an editor added, changed or
/// deleted counts as it now stands. One query per record type, whatever the number of records.</summary>
static class RecordCitations
{
    // The property that names a record best, by type: the first of these it has.
    static readonly string[] LabelProperties = ["Code", "PrintedName", "Label", "Name", "Title", "Text"];
    const int LabelLength = 100;

    static readonly MethodInfo LoadMethod = typeof(RecordCitations).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<IReadOnlyList<(string Document, SourceCitation Citation)>> LoadAsync(RagDbContext db, CancellationToken cancellationToken)
    {
        var all = new List<(string, SourceCitation)>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(Record)) && !t.IsOwned() && t.BaseType is null)
                     .OrderBy(t => t.ClrType.Name, StringComparer.Ordinal))
        {
            var label = LabelProperties.FirstOrDefault(p => type.FindProperty(p)?.ClrType == typeof(string));
            var load = (Task<List<Row>>)LoadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, label, cancellationToken])!;
            all.AddRange((await load).Select(r => (r.Document, new SourceCitation(type.ClrType.Name, r.Id, Label(type.ClrType.Name, r), "sourceLines", r.Lines))));
        }
        return all;
    }

    static Task<List<Row>> LoadAsync<T>(RagDbContext db, string? label, CancellationToken cancellationToken) where T : Record
    {
        var cited = db.Set<T>().AsNoTracking().Where(r => r.SourceDocument != null && r.SourceLines != null);
        return label is null
            ? cited.Select(r => new Row(r.Id, r.SourceDocument!, r.SourceLines!, null)).ToListAsync(cancellationToken)
            : cited.Select(r => new Row(r.Id, r.SourceDocument!, r.SourceLines!, EF.Property<string?>(r, label))).ToListAsync(cancellationToken);
    }

    static string Label(string type, Row row) => row.Label switch
    {
        null or "" => $"{type} {row.Id}",
        { Length: > LabelLength } text => text[..(LabelLength - 1)].TrimEnd() + "…",
        var text => text,
    };

    sealed record Row(int Id, string Document, string Lines, string? Label);
}
