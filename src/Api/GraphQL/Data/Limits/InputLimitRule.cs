using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Rag.Api.GraphQL.Data.Limits;

/// <summary>Refuses argument values that are too long, too deep or too many, whether written in the document or
/// sent as variables: the token limit sees only the document, and each condition or sort key becomes a level of
/// the expression EF Core visits recursively, so an unbounded list could overflow the stack.</summary>
public sealed class InputLimitRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor(options.Value));

    sealed class Visitor(LimitOptions limits) : INodeVisitor
    {
        readonly InputSize size = new(limits);

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument && context.Variables is { } variables)
                foreach (var value in variables.Values) size.Measure(value);
            else if (node is GraphQLArgument argument)
                size.Measure(argument.Value);
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument document && !size.WithinLimits) context.ReportError(Error(context, document));
            return default;
        }

        ValidationError Error(ValidationContext context, GraphQLDocument document) =>
            size.LongestList > limits.MaxInputListItems
                ? new(context.Document.Source, "INPUT_LIST_LIMIT",
                    $"An argument or variable holds a list of {size.LongestList} items; at most {limits.MaxInputListItems} are allowed.", document)
                : size.Depth > limits.MaxInputDepth
                    ? new(context.Document.Source, "INPUT_DEPTH_LIMIT",
                        $"An argument or variable is nested more than {limits.MaxInputDepth} levels deep.", document)
                    : new(context.Document.Source, "INPUT_VALUE_LIMIT",
                        $"The arguments and variables hold more than {limits.MaxInputValues} values.", document);
    }
}
