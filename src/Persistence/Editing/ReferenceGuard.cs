using Rag.Persistence.Catalog;

namespace Rag.Persistence.Editing;

/// <summary>Before a delete: the records that still refer to this one and would not be deleted with it.</summary>
static class ReferenceGuard
{
    const int Shown = 10;

    public static async Task<ReferencedError?> CheckAsync(RagDbContext db, EntityDescriptor entity, int id, CancellationToken cancellationToken)
    {
        var found = new List<ReferencingRecords>();
        foreach (var collection in entity.Collections.Where(c => !c.DeletedWithParent))
        {
            var (count, ids) = await collection.Target.ReferencingAsync(db, collection.InverseForeignKey, id, Shown, cancellationToken);
            if (count > 0) found.Add(new ReferencingRecords(collection.Target.Name, collection.FieldName, count, ids));
        }
        if (found.Count == 0) return null;
        var what = string.Join(", ", found.Select(f => $"{f.Count} {Labels.Humanize(f.Entity).ToLowerInvariant()}{(f.Count == 1 ? "" : " records")}"));
        return new ReferencedError($"This {Labels.Humanize(entity.Name).ToLowerInvariant()} cannot be deleted while {what} refer to it.", found);
    }
}
