using System.Collections;
using Rag.Api.GraphQL.Data.Types;
using Rag.Persistence;

namespace Rag.Api.GraphQL.Data.Mutations;

/// <summary>Copies a mutation's input onto a record, checking each value; nothing is saved while any error stands.</summary>
public static class InputBinder
{
    public static async Task<List<MutationError>> BindAsync(RagDbContext db, EntityDescriptor entity, object record,
        IDictionary<string, object?> input, bool creating, CancellationToken cancellationToken)
    {
        var errors = new List<MutationError>();
        foreach (var member in WritableMember.Of(entity))
        {
            var provided = input.TryGetValue(member.InputName, out var value);
            if (!provided)
            {
                if (creating && member.IsRequired) errors.Add(new ValidationError($"{member.InputName} is required.", member.InputName));
                continue;
            }
            if (value is null && (member.IsRequired || !member.Scalar.IsNullable))
            {
                errors.Add(new ValidationError($"{member.InputName} cannot be null.", member.InputName));
                continue;
            }
            if (value is string text && member.Scalar.ValueType == typeof(string) && member.IsRequired && string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new ValidationError($"{member.InputName} cannot be blank.", member.InputName));
                continue;
            }
            if (member.Reference is { } reference)
            {
                if (value is null) { member.Scalar.Property.SetValue(record, null); continue; }
                var id = GlobalId.DecodeFor(reference.Target.Name, value as string);
                if (id is null || !await reference.Target.ExistsAsync(db, id.Value, cancellationToken))
                {
                    errors.Add(new ValidationError($"{member.InputName} is not the ID of a {reference.Target.Name}.", member.InputName));
                    continue;
                }
                reference.Navigation.SetValue(record, null);
                member.Scalar.Property.SetValue(record, id.Value);
                continue;
            }
            member.Scalar.Property.SetValue(record, Convert(member.Scalar, value));
        }
        return errors;
    }

    static object? Convert(ScalarMember member, object? value) => value switch
    {
        null => null,
        IEnumerable items when ScalarGraphTypes.IsFlags(member.ValueType) =>
            Enum.ToObject(member.ValueType, items.Cast<object>().Aggregate(0L, (all, flag) => all | System.Convert.ToInt64(flag))),
        IEnumerable items when member.IsList => items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList(),
        _ when value.GetType() != member.ValueType && !member.ValueType.IsEnum => System.Convert.ChangeType(value, member.ValueType),
        _ => value,
    };
}
