using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>A column of a record list: a value of the record, or a reference shown by its target's label.</summary>
public sealed record RecordColumn(WritableMember Member)
{
    public string Field => Member.InputName;
    public string Header => Member.Label;
    public ReferenceMember? Reference => Member.Reference;
    public ScalarMember Scalar => Member.Scalar;

    /// <summary>A filter is offered on references, choices and yes/no columns; text is searched instead.</summary>
    public bool Filterable => Reference is not null || (Scalar.ValueType.IsEnum && !Scalar.IsFlags) || Scalar.ValueType == typeof(bool);

    /// <summary>The columns a list shows and a CSV writes: every field an editor can set but string lists.</summary>
    public static IReadOnlyList<RecordColumn> Of(EntityDescriptor entity) =>
        InOrder(entity).Where(m => !m.Scalar.IsList).Select(m => new RecordColumn(m)).ToList();

    /// <summary>The members as a person reads them: the naming column first, then the type's own members in the
    /// order the domain declares them, then what every record carries (the curator's note).</summary>
    public static IEnumerable<WritableMember> InOrder(EntityDescriptor entity)
    {
        var label = RecordLabels.ColumnOf(entity);
        return WritableMember.Of(entity)
            .OrderBy(m => m.Scalar == label ? 0 : m.Scalar.Property.DeclaringType == entity.ClrType ? 1 : 2)
            .ThenBy(m => (m.Reference?.Navigation ?? m.Scalar.Property).MetadataToken);
    }
}
