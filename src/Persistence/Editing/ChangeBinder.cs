using System.Collections;
using System.Globalization;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;
using Rag.Persistence.Sources;

namespace Rag.Persistence.Editing;

/// <summary>Copies an editor's changes onto a record, checking each value against the catalog: required, not
/// blank, within the column's length, a reference to a record that exists, provenance citing lines that exist.
/// Nothing is saved while any error stands.</summary>
static class ChangeBinder
{
    public static async Task<List<EditError>> BindAsync(RagDbContext db, SourceText sources, EntityDescriptor entity, Record record,
        IReadOnlyDictionary<string, object?> changes, bool creating, CancellationToken cancellationToken)
    {
        var errors = new List<EditError>();
        var members = WritableMember.Of(entity).ToList();
        foreach (var unknown in changes.Keys.Where(k => members.All(m => m.InputName != k)))
            errors.Add(new ValidationError($"{entity.Name} has no field {unknown} that can be set.", unknown));
        foreach (var member in members)
        {
            if (!changes.TryGetValue(member.InputName, out var value))
            {
                if (creating && member.IsRequired) errors.Add(new ValidationError($"{member.Label} is required.", member.InputName));
                continue;
            }
            if (Check(member, value) is { } problem)
            {
                errors.Add(new ValidationError(problem, member.InputName));
                continue;
            }
            if (member.Reference is { } reference)
            {
                if (value is null) { member.Scalar.Property.SetValue(record, null); continue; }
                if (value is not int id || !await reference.Target.ExistsAsync(db, id, cancellationToken))
                {
                    errors.Add(new ValidationError($"{member.Label} is not a {reference.Target.Name} that exists.", member.InputName));
                    continue;
                }
                reference.Navigation.SetValue(record, null);
                member.Scalar.Property.SetValue(record, id);
                continue;
            }
            try { member.Scalar.Property.SetValue(record, Convert(member.Scalar, value)); }
            catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
            {
                errors.Add(new ValidationError($"{member.Label} cannot be \"{value}\".", member.InputName));
            }
        }
        if (sources.CitationProblem(record.SourceDocument, record.SourceLines) is { } citation)
            errors.Add(new ValidationError(citation.Message, citation.Field));
        return errors;
    }

    static string? Check(WritableMember member, object? value) => value switch
    {
        null when member.IsRequired || !member.Scalar.IsNullable => $"{member.Label} cannot be empty.",
        string text when member.IsRequired && member.Scalar.ValueType == typeof(string) && string.IsNullOrWhiteSpace(text) => $"{member.Label} cannot be blank.",
        string text when member.Scalar.MaxLength is int max && text.Length > max => $"{member.Label} can be at most {max} characters long ({text.Length} given).",
        string text when text.Contains('\0') => $"{member.Label} cannot contain a NUL character.",
        _ => null,
    };

    static object? Convert(ScalarMember member, object? value) => value switch
    {
        null => null,
        IEnumerable items and not string when member.IsFlags =>
            Enum.ToObject(member.ValueType, items.Cast<object>().Aggregate(0L, (all, flag) => all | System.Convert.ToInt64(flag, CultureInfo.InvariantCulture))),
        IEnumerable items and not string when member.IsList => items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList(),
        string text when member.ValueType.IsEnum => Enum.Parse(member.ValueType, text, ignoreCase: true),
        string text when member.ValueType == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        _ when value.GetType() != member.ValueType && !member.ValueType.IsEnum => System.Convert.ChangeType(value, member.ValueType, CultureInfo.InvariantCulture),
        _ => value,
    };
}
