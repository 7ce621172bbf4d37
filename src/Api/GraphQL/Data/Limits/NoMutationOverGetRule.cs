using GraphQL.Validation;
using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>GraphQL over HTTP: a GET may only read, so a mutation sent by GET is refused before it runs.</summary>
public sealed class NoMutationOverGetRule : ValidationRuleBase
{
    public const string HttpMethodKey = "httpMethod";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.UserContext.TryGetValue(HttpMethodKey, out var method) && method is "GET"
            ? new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
            {
                if (operation.Operation != OperationType.Query && operation == ctx.Operation)
                    ctx.ReportError(new ValidationError(ctx.Document.Source, "MUTATION_OVER_GET",
                        "Only queries can be sent with GET; send mutations with POST.", operation));
            })
            : null);
}
