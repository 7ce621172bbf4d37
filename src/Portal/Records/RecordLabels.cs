using Rag.Domain.Common;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>How a record is named where it is linked or picked: by its first naming column ("Name", "Title", ...),
/// or, for records that have none (an inspection, a visit), by its kind and id.</summary>
public static class RecordLabels
{
    static readonly string[] Naming = ["Name", "Title", "Label", "Code", "PrintedName", "Text"];

    public static ScalarMember? ColumnOf(EntityDescriptor entity) =>
        Naming.Select(n => entity.Scalars.FirstOrDefault(s => s.Property.Name == n && s.ValueType == typeof(string))).FirstOrDefault(s => s is not null);

    /// <summary>Whether a column names its record in a few words (a name, title or code, not a passage of text).</summary>
    public static bool IsName(ScalarMember scalar) => scalar.Property.Name != "Text" && Naming.Contains(scalar.Property.Name);

    public static string Of(EntityDescriptor entity, int id, object? label) =>
        label is string { Length: > 0 } text ? Shorten(text, 90) : $"{Labels.Humanize(entity.Name)} {id}";

    public static string Of(EntityDescriptor entity, Record record) => Of(entity, record.Id, ColumnOf(entity)?.Read(record));

    public static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>The area of the record a type belongs to: the last part of its namespace ("Schools", "Fsi").</summary>
    public static string AreaOf(EntityDescriptor entity) => entity.ClrType.Namespace!.Split('.').Last();
}
