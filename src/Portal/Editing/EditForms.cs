using Mapster;
using MapsterMapper;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;

namespace Rag.Portal.Editing;

/// <summary>How a portal page talks to the editing core: its edit model becomes the core's changes (by field
/// name), and the core's errors come back beside the form's fields or in its summary. The rules are the core's.</summary>
public static class EditForms
{
    /// <summary>The edit model's properties as the core's changes: <c>LocalAuthorityId</c> → <c>localAuthorityId</c>.
    /// Only the properties named in <paramref name="only"/> when given (e.g. the fields a form shows).</summary>
    public static Dictionary<string, object?> ChangesOf<T>(this IMapper mapper, T model, params string[] only) where T : class =>
        mapper.Map<Dictionary<string, object?>>(model)
            .Where(p => only.Length == 0 || only.Contains(p.Key))
            .ToDictionary(p => CatalogNames.Field(p.Key), p => p.Value is string { Length: 0 } ? null : p.Value);

    /// <summary>Puts the core's errors into the page's model state: a validation error beside its field (under
    /// <paramref name="prefix"/>, e.g. "Input."), anything else in the summary.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, EditResult result, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            var key = error is ValidationError { Field: { } field } ? prefix + char.ToUpperInvariant(field[0]) + field[1..] : "";
            modelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>The stored record when the save was refused because someone else saved first; the page shows
    /// their values beside the editor's own, which stay in the form.</summary>
    public static object? Theirs(this EditResult result) => result.Errors.OfType<ConflictError>().FirstOrDefault()?.Current;

    /// <summary>The records that keep a record from being deleted, to list with links.</summary>
    public static IReadOnlyList<ReferencingRecords> ReferencedBy(this EditResult result) =>
        result.Errors.OfType<ReferencedError>().FirstOrDefault()?.ReferencedBy ?? [];
}
