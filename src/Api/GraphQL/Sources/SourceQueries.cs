using Rag.Persistence.Catalog;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data;
using Rag.Persistence.Sources;

namespace Rag.Api.GraphQL.Sources;

/// <summary>The root fields over the source documents: each one's coverage, and the records citing a line.</summary>
public static class SourceQueries
{
    public static void AddTo(ObjectGraphType query, EntityCatalog catalog)
    {
        var range = new LineRangeType();
        var coverage = new DocumentCoverageType(range, new UncuratedRangeType(range));
        var citation = new SourceCitationType(catalog);
        var document = new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("String")))
            { Name = "document", Description = "A source document's file name, e.g. 004_c105bcd389ca7b9e.txt." };

        query.AddField(new FieldType
        {
            Name = "sourceDocuments",
            Description = "The five source documents, each with the share of its lines Rag cites and the ranges left out.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(coverage))),
            Resolver = new FuncFieldResolver<object>(async c => await Service(c).AllAsync(c.CancellationToken)),
        });
        query.AddField(new FieldType
        {
            Name = "sourceCoverage",
            Description = "One source document's coverage, or null for a name that is not one of the documents.",
            ResolvedType = coverage,
            Arguments = [document],
            Resolver = new FuncFieldResolver<object>(async c => await Service(c).ForAsync(c.GetArgument<string>("document"), c.CancellationToken)),
        });
        query.AddField(new FieldType
        {
            Name = "citations",
            Description = "The records that cite a line of a source document, the narrowest citation first.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(citation))),
            Arguments =
            [
                new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("String"))) { Name = "document", Description = document.Description },
                new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("Int"))) { Name = "line", Description = "A line number, 1-based." },
            ],
            Resolver = new FuncFieldResolver<object>(async c =>
                await Service(c).CitationsAsync(c.GetArgument<string>("document"), c.GetArgument<int>("line"), c.CancellationToken)),
        });
    }

    static SourceCoverage Service(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SourceCoverage>();
}
