using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rag.Domain.Fsi;

namespace Rag.Portal.Pages.Letters;

/// <summary>A finding's fields in a form: ids start with <c>IdPrefix</c>, names with <c>NamePrefix</c> ("Row", "NewFinding").</summary>
public sealed record FindingFields(string IdPrefix, string NamePrefix, FindingInput Finding, IReadOnlyList<FsiHeading> Headings, ModelStateDictionary ModelState)
{
    public FieldNames Name => new(NamePrefix);

    public string? Error(string field) =>
        ModelState.TryGetValue($"{NamePrefix}.{field}", out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}

public sealed record FieldNames(string Prefix)
{
    public string FsiHeadingId => $"{Prefix}.FsiHeadingId";
    public string Rag => $"{Prefix}.Rag";
    public string Text => $"{Prefix}.Text";
    public string CuratorNote => $"{Prefix}.CuratorNote";
    public string SourceLines => $"{Prefix}.SourceLines";
}
