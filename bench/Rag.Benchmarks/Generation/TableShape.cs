using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Rag.Benchmarks.Generation;

/// <summary>One table as the EF model maps it: its name and, per column, how to read the provider value from an
/// entity. The loaders write rows through this, so a new column in the model is generated without a change here.</summary>
sealed class TableShape
{
    public TableShape(IEntityType entity)
    {
        Name = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Name, entity.GetSchema());
        Columns = entity.GetProperties()
            .Select(p => new Column(p.GetColumnName(table)!, p.GetColumnType(), p.GetGetter(), p.GetTypeMapping().Converter))
            .ToList();
    }

    public string Name { get; }
    public IReadOnlyList<Column> Columns { get; }

    public sealed record Column(string Name, string StoreType, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? Read(object entity)
        {
            var value = Getter.GetClrValue(entity);
            return value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
