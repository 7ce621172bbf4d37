using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Refuses documents with more aliases than allowed: aliases let one request repeat an expensive field.</summary>
public sealed class AliasLimitRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is null || ++count != options.Value.MaxAliases + 1) return;
            ctx.ReportError(new ValidationError(ctx.Document.Source, "ALIAS_LIMIT",
                $"The document uses more than {options.Value.MaxAliases} aliases.", field));
        }));
    }
}
