using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Enforces <c>.Authorize()</c> and <c>.AuthorizeWithRoles()</c> on fields before anything runs:
/// the server package that would do it is not available here.</summary>
public sealed class AuthorizationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            var field = ctx.TypeInfo.GetFieldDef();
            if (field is null || !field.IsAuthorizationRequired()) return;
            var user = ctx.User;
            if (user?.Identity?.IsAuthenticated != true)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "AUTH_NOT_AUTHENTICATED",
                    $"Sign in to use {field.Name}: send an editor's API key (see README).", node));
            else if (field.GetRoles() is { Count: > 0 } roles && !roles.Any(user.IsInRole))
                ctx.ReportError(new ValidationError(ctx.Document.Source, "AUTH_NOT_AUTHORIZED",
                    $"{field.Name} needs the role {string.Join(" or ", roles)}.", node));
        }));
}
