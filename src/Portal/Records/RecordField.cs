using Rag.Domain.Common;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>One field of a record form, as the form-field partial renders it: the kind of input follows the
/// member's type (text, number, date, choice, flags, yes/no, reference picker, lines).</summary>
public sealed record RecordField(RecordForm Form, WritableMember Member, string? Help)
{
    public enum Kinds { Text, LongText, Number, Date, Choice, Flags, YesNo, Reference, Lines }

    public string Name => RecordForm.NameOf(Member);
    public string Id => "field-" + Member.InputName;
    public List<string> Values => Form.Values.GetValueOrDefault(Member.Scalar.Property.Name) ?? [];
    public string Value => Values.LastOrDefault() ?? "";
    public string? Theirs => Form.Theirs.GetValueOrDefault(Member.Scalar.Property.Name);
    public string? ReferenceLabel => Form.ReferenceLabels.GetValueOrDefault(Member.Scalar.Property.Name);

    public Kinds Kind
    {
        get
        {
            var scalar = Member.Scalar;
            var type = scalar.ValueType;
            if (Member.Reference is not null) return Kinds.Reference;
            if (IsSourceDocument) return Kinds.Choice;
            if (scalar.IsList) return Kinds.Lines;
            if (scalar.IsFlags) return Kinds.Flags;
            if (type.IsEnum) return Kinds.Choice;
            if (type == typeof(bool)) return Kinds.YesNo;
            if (type == typeof(DateOnly)) return Kinds.Date;
            // Columns are unbounded; names and codes are one line, everything else may be a passage.
            if (type == typeof(string)) return scalar.MaxLength is <= 300 || RecordLabels.IsName(scalar) ? Kinds.Text : Kinds.LongText;
            return Kinds.Number;
        }
    }

    public string Step => Member.Scalar.ValueType == typeof(int) || Member.Scalar.ValueType == typeof(long) ? "1" : "any";

    bool IsSourceDocument => Member.Scalar.Property.Name == nameof(Record.SourceDocument);

    public IEnumerable<string> Choices => IsSourceDocument ? SourceDocuments.All : Enum.GetNames(Member.Scalar.ValueType).Where(n => !Member.Scalar.IsFlags || Convert.ToInt64(Enum.Parse(Member.Scalar.ValueType, n)) != 0);
}
