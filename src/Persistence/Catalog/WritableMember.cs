using Rag.Domain.Common;

namespace Rag.Persistence.Catalog;

/// <summary>A member an editor may set through a mutation: a column, or a reference given by the target's ID.</summary>
public sealed record WritableMember(string InputName, ScalarMember Scalar, ReferenceMember? Reference)
{
    // Who and when, the version and the synthetic flag are the system's to write, not the editor's. Provenance
    // is the editor's: a curator entering a record from a document cites its lines.
    static readonly HashSet<string> SystemOwned =
    [
        nameof(Record.Version), nameof(Record.CreatedBy), nameof(Record.CreatedAt), nameof(Record.UpdatedBy),
        nameof(Record.UpdatedAt), nameof(Record.IsSynthetic),
    ];

    /// <summary>Required on create: text, dates, choices and references the record cannot be without.</summary>
    public bool IsRequired => Reference is { IsRequired: true }
        || !Scalar.IsNullable && !Scalar.IsForeignKey && !Scalar.IsList && !Scalar.IsFlags
           && (Scalar.ValueType == typeof(string) || Scalar.ValueType == typeof(DateOnly) || Scalar.ValueType.IsEnum);

    /// <summary>The field's name in users' words: "Local authority" for <c>localAuthorityId</c>.</summary>
    public string Label => Labels.Humanize(Reference?.Navigation.Name ?? Scalar.Property.Name);

    public static IEnumerable<WritableMember> Of(EntityDescriptor entity) =>
        entity.Scalars.Where(s => !SystemOwned.Contains(s.Property.Name)).Select(s =>
        {
            var reference = s.IsForeignKey ? entity.References.FirstOrDefault(r => r.ForeignKey == s.Property) : null;
            return new WritableMember(s.FieldName, s, reference);
        });
}
