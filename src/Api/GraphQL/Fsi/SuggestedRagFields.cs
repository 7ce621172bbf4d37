using GraphQL.Resolvers;
using GraphQL.Types;
using Rag.Api.GraphQL.Data.Projections;
using Rag.Api.GraphQL.Data.Types;
using Rag.Domain.Fsi;

namespace Rag.Api.GraphQL.Fsi;

/// <summary>Adds <c>suggestedRag</c> and <c>suggestedRagCues</c> to FsiFinding: the rating its wording suggests,
/// for the portal to offer as "suggested until confirmed".</summary>
public sealed class SuggestedRagFields(EnumerationGraphType ragRating) : IEntityFieldExtension
{
    public bool Applies(Type entity) => entity == typeof(FsiFinding);

    public void Extend(ObjectGraphType type, Type entity)
    {
        type.AddField(new FieldType
        {
            Name = "suggestedRag",
            Description = "The RAG rating the finding's wording suggests under the written rubric (docs/rag-rubric.md): " +
                          "a suggestion until an editor confirms a rating, not a reading of the document.",
            ResolvedType = new NonNullGraphType(ragRating),
            Resolver = new FuncFieldResolver<object>(c => RagSuggestion.From(((FsiFinding)c.Source!).Text).Rating),
        }.Reads(typeof(FsiFinding).GetProperty(nameof(FsiFinding.Text))!));
        type.AddField(new FieldType
        {
            Name = "suggestedRagCues",
            Description = "The words that decided the suggested rating, e.g. \"weakness: does not\", \"partial: some\".",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
            Resolver = new FuncFieldResolver<object>(c => RagSuggestion.From(((FsiFinding)c.Source!).Text).Cues),
        }.Reads(typeof(FsiFinding).GetProperty(nameof(FsiFinding.Text))!));
    }
}
