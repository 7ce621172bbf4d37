using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Persistence.Fsi;

namespace Rag.Api.GraphQL.Fsi;

/// <summary>The root field <c>suggestedRagEvaluation</c>: the rating suggested from the wording measured against the
/// ratings the findings hold (docs/rag-rubric.md).</summary>
public static class SuggestedRagEvaluationField
{
    public static void AddTo(ObjectGraphType query, EnumerationGraphType ragRating)
    {
        var rating = new ObjectGraphType<RagClassFigures> { Name = "RagClassFigures", Description = "One rating's precision and recall." };
        rating.Field("rating", r => r.Rating).Type(new NonNullGraphType(ragRating)).Description("The rating.");
        rating.Field(r => r.Resolved).Description("Findings holding this rating.");
        rating.Field(r => r.Suggested).Description("Findings the wording suggests this rating for.");
        rating.Field(r => r.Correct).Description("Findings both hold and are suggested this rating.");
        rating.Field(r => r.Precision).Description("Correct as a share of suggested.");
        rating.Field(r => r.Recall).Description("Correct as a share of resolved.");

        var figures = new ObjectGraphType<SuggestedRagFigures>
        {
            Name = "SuggestedRagEvaluation",
            Description = "The suggested rating (FsiFinding.suggestedRag) against the ratings the findings hold.",
        };
        figures.Field(f => f.Findings).Description("Rated findings compared.");
        figures.Field(f => f.Correct).Description("Findings whose suggested rating is the one they hold.");
        figures.Field(f => f.Accuracy).Description("Correct as a share of the findings compared.");
        figures.Field(f => f.CommonestShare).Description("The accuracy of always answering the commonest rating, for comparison.");
        figures.Field("ratings", f => f.Ratings).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(rating))))
            .Description("Red, Amber and Green.");

        query.AddField(new FieldType
        {
            Name = "suggestedRagEvaluation",
            Description = "How well the rating suggested from a finding's wording matches the ratings findings hold: accuracy, per-rating precision and recall.",
            ResolvedType = new NonNullGraphType(figures),
            Resolver = new FuncFieldResolver<object>(async c =>
                await c.RequestServices!.GetRequiredService<SuggestedRagEvaluation>().MeasureAsync(c.CancellationToken)),
        });
    }
}
