using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Rag.Api.GraphQL.Caching;

/// <summary>On a document the cache has seen pass validation, leaves out only the spec's own rules
/// (<see cref="DocumentValidator.CoreRules"/>). GraphQL.NET's own cache would leave out every rule not marked
/// for cached documents, and ours — authorisation, mutations over GET, input and complexity limits — depend on
/// the caller, the method and the variables, so they run on every request.</summary>
public sealed class CachedDocumentValidation(DocumentCache cache) : IConfigureExecution
{
    // After the builder's configurations (100 and 200) have added the validation rules.
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var entry = cache.Find(options.Query) is { } found && ReferenceEquals(found.Document, options.Document) ? found : null;
        if (entry is { PassedSpecRules: true } && options.ValidationRules is { } rules)
            options.ValidationRules = rules.Where(rule => !DocumentValidator.CoreRules.Contains(rule)).ToList();
        var result = await next(options);
        if (entry is { PassedSpecRules: false } && result.Executed) entry.PassedSpecRules = true;
        return result;
    }
}
