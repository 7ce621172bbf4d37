using GraphQL.Types;
using Rag.Domain.Common;

namespace Rag.Api.GraphQL.Data.Types;

public sealed class RuleFindingType : ObjectGraphType<RuleFinding>
{
    public RuleFindingType(EnumerationGraphType severity)
    {
        Name = "RuleFinding";
        Description = "What a domain rule found about a record: rules report, they never change the data.";
        Field(f => f.Rule).Description("A stable code to match on, e.g. DEPLOYMENT_OVER_THREE_YEARS.");
        Field("severity", f => f.Severity).Type(new NonNullGraphType(severity)).Description("A breach breaks a rule; a warning falls short of guidance.");
        Field(f => f.Message).Description("What was found, in words.");
        Field(f => f.Source).Description("Where the rule is written: a source document and its lines.");
    }
}
