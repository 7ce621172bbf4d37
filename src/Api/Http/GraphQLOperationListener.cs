using GraphQL.Execution;
using GraphQL.Validation;

namespace Rag.Api.Http;

/// <summary>Fills in the request's <see cref="GraphQLOperation"/> once the document is parsed.</summary>
public sealed class GraphQLOperationListener(IHttpContextAccessor http) : DocumentExecutionListenerBase
{
    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (http.HttpContext?.Features.Get<GraphQLOperation>() is { } operation && context.Operation is { } chosen)
        {
            operation.Name = chosen.Name?.StringValue;
            operation.Type = chosen.Operation.ToString().ToLowerInvariant();
        }
        return Task.CompletedTask;
    }
}
