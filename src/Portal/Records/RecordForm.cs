using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rag.Domain.Common;
using Rag.Persistence.Catalog;

namespace Rag.Portal.Records;

/// <summary>A record's create or edit form, derived from the catalog: one field per member an editor can set, its
/// raw text as typed (kept when the core refuses it), and the changes the core is given. The core does every check;
/// a value that is not a number or a date is passed on as typed, so the core's message is the one shown.</summary>
public sealed class RecordForm
{
    public const string Prefix = "Input.";

    public RecordForm(EntityDescriptor entity)
    {
        Entity = entity;
        Members = RecordColumn.InOrder(entity).ToList();
    }

    public EntityDescriptor Entity { get; }
    public IReadOnlyList<WritableMember> Members { get; }

    /// <summary>Each field's values by property name: one text, or one per chosen flag or list line.</summary>
    public Dictionary<string, List<string>> Values { get; } = [];

    /// <summary>The labels of the records the reference fields point at, by property name.</summary>
    public Dictionary<string, string> ReferenceLabels { get; } = [];

    /// <summary>After a conflict: the other person's saved values, by property name, where they differ from the form's.</summary>
    public Dictionary<string, string> Theirs { get; } = [];

    public int Version { get; set; }

    public static string NameOf(WritableMember member) => Prefix + member.Scalar.Property.Name;

    public void Fill(Record record)
    {
        foreach (var member in Members) Values[member.Scalar.Property.Name] = RecordText.FormValues(member.Scalar, member.Scalar.Read(record));
        Version = record.Version;
    }

    public void Fill(IFormCollection form)
    {
        foreach (var member in Members)
        {
            var raw = form[NameOf(member)].Select(v => v ?? "").ToList();
            Values[member.Scalar.Property.Name] = member.Scalar.IsList
                ? raw.SelectMany(v => v.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList()
                : raw;
        }
        Version = int.TryParse(form["Version"], out var version) ? version : 0;
    }

    /// <summary>Initial values from the query string (e.g. <c>?schoolId=4</c> from a school's page), by field name.</summary>
    public void Fill(IQueryCollection query)
    {
        foreach (var member in Members)
            if (query[member.InputName] is { Count: > 0 } given) Values[member.Scalar.Property.Name] = given.Select(v => v ?? "").ToList();
    }

    /// <summary>The changes for the core, by field name: empty text is no value; a flag set is the chosen flags.</summary>
    public Dictionary<string, object?> Changes() => Members.ToDictionary(m => m.InputName, m => Change(m, Values.GetValueOrDefault(m.Scalar.Property.Name) ?? []));

    static object? Change(WritableMember member, List<string> values)
    {
        var scalar = member.Scalar;
        if (scalar.IsList) return values;
        if (scalar.IsFlags) return values.Select(v => Enum.TryParse(scalar.ValueType, v, out var flag) ? flag : v).ToList();
        if (scalar.ValueType == typeof(bool)) return values.Contains("true");
        var text = values.LastOrDefault();
        if (string.IsNullOrWhiteSpace(text)) return scalar.ValueType == typeof(string) && text is not null && !scalar.IsNullable ? text : null;
        if (member.Reference is not null) return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : text;
        return scalar.ValueType == typeof(string) ? text : text.Trim();
    }

    /// <summary>Marks the fields where the stored record now differs from what the editor has typed.</summary>
    public void CompareWith(Record current, Func<ReferenceMember, int, string> labelOf)
    {
        foreach (var member in Members)
        {
            var theirs = RecordText.FormValues(member.Scalar, member.Scalar.Read(current));
            var mine = Values.GetValueOrDefault(member.Scalar.Property.Name) ?? [];
            // A checkbox posts "true" and its hidden "false" (or nothing), so a flag is compared by what it means.
            var same = member.Scalar.ValueType == typeof(bool)
                ? theirs.Contains("true") == mine.Contains("true")
                : theirs.SequenceEqual(mine) || (theirs.Count == 0 && mine.All(string.IsNullOrEmpty));
            if (same) continue;
            Theirs[member.Scalar.Property.Name] = theirs.Count == 0 ? "(empty)"
                : member.Reference is { } reference && int.TryParse(theirs[0], out var id) ? labelOf(reference, id)
                : member.Scalar.ValueType == typeof(bool) ? (theirs[0] == "true" ? "Yes" : "No")
                : string.Join(member.Scalar.IsList ? "; " : ", ", theirs);
        }
    }
}
