using Rag.Persistence.Catalog;
using GraphQL.Types;

namespace Rag.Api.GraphQL.Data.Types;

/// <summary>One graph type instance per CLR scalar, shared by every field, filter and input that uses it.</summary>
public sealed class ScalarGraphTypes(XmlDocumentation docs)
{
    readonly Dictionary<Type, IGraphType> types = new()
    {
        [typeof(string)] = new StringGraphType { Description = "Text, as UTF-8." },
        [typeof(int)] = new IntGraphType { Description = "A whole number." },
        [typeof(double)] = new FloatGraphType { Description = "A number that may have a fraction, such as 0.5 for a half-day." },
        [typeof(bool)] = new BooleanGraphType { Description = "true or false." },
        [typeof(DateOnly)] = new DateType(),
        [typeof(DateTime)] = new DateTimeGraphType { Description = "A moment in UTC, as ISO 8601." },
    };

    public IdGraphType Id { get; } = new() { Description = "An opaque global ID; pass it back as it is." };

    public IEnumerable<IGraphType> All => types.Values.Append(Id);

    /// <summary>The named type of a scalar CLR type (nullable unwrapped).</summary>
    public IGraphType For(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (types.TryGetValue(type, out var graphType)) return graphType;
        if (!type.IsEnum) throw new NotSupportedException($"No graph type for {type.Name}.");
        var enumType = (EnumerationGraphType)Activator.CreateInstance(typeof(EnumerationGraphType<>).MakeGenericType(type))!;
        enumType.Description = docs.Type(type);
        foreach (var value in enumType.Values)
            value.Description = docs.Member(type.GetField(Enum.GetName(type, value.Value!)!)!);
        return types[type] = enumType;
    }

    /// <summary>The field type of a member: non-null unless the member may be null; a flags enum reads as a list.</summary>
    public IGraphType FieldType(ScalarMember member)
    {
        if (member.IsList) return new NonNullGraphType(new ListGraphType(new NonNullGraphType(For(typeof(string)))));
        if (member.IsFlags) return new NonNullGraphType(new ListGraphType(new NonNullGraphType(For(member.ValueType))));
        var named = For(member.ValueType);
        return member.IsNullable ? named : new NonNullGraphType(named);
    }
}
