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
        WritableMember.Of(entity).Where(m => !m.Scalar.IsList).Select(m => new RecordColumn(m)).ToList();
}
