using System.Reflection;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;

namespace Rag.Persistence.Editing;

/// <summary>Before a save: whether another record already holds the values of one of the entity's unique indexes,
/// so the editor is told which fields clash instead of getting the database's refusal.</summary>
static class DuplicateGuard
{
    public static async Task<DuplicateError?> CheckAsync(RagDbContext db, EntityDescriptor entity, Record record, CancellationToken cancellationToken)
    {
        foreach (var index in entity.Model.GetIndexes().Where(i => i.IsUnique))
        {
            var values = new List<(PropertyInfo Property, object Value)>();
            foreach (var property in index.Properties)
            {
                // Unique indexes let rows with a null in them repeat, on both databases.
                if (property.PropertyInfo?.GetValue(record) is not { } value) { values.Clear(); break; }
                values.Add((property.PropertyInfo, value));
            }
            if (values.Count == 0 || !await entity.AnyOtherWithAsync(db, values, record.Id, cancellationToken)) continue;
            var fields = values.Select(v => CatalogNames.Field(v.Property.Name)).ToList();
            var labels = string.Join(" and ", values.Select(v => Labels.Humanize(v.Property.Name).ToLowerInvariant()));
            return new DuplicateError($"Another {Labels.Humanize(entity.Name).ToLowerInvariant()} already has this {labels}.", fields);
        }
        return null;
    }
}
