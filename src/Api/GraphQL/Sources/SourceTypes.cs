using Rag.Persistence.Catalog;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Loading;
using Rag.Api.GraphQL.Data.Projections;
using Rag.Persistence.Sources;

namespace Rag.Api.GraphQL.Sources;

public sealed class LineRangeType : ObjectGraphType<LineRange>
{
    public LineRangeType()
    {
        Name = "LineRange";
        Description = "A line or an inclusive range of lines of a source document, 1-based.";
        Field("first", r => r.First).Description("The first line.");
        Field("last", r => r.Last).Description("The last line (the first, for a single line).");
        Field("lines", r => r.ToString()).Description("The range as provenance writes it, e.g. \"121\" or \"3207-3393\".");
    }
}

public sealed class UncuratedRangeType : ObjectGraphType<UncuratedRange>
{
    public UncuratedRangeType(LineRangeType range)
    {
        Name = "UncuratedRange";
        Description = "Lines of a source document no record cites, and why the curators left them out.";
        Field("lines", u => u.Lines).Type(new NonNullGraphType(range)).Description("The lines left out.");
        Field("reason", u => u.Reason).Description("Why, e.g. \"contents page\" or \"SIP programme material not yet modelled (issue 14)\".");
    }
}

public sealed class SourceCitationType : ObjectGraphType<SourceCitation>
{
    public SourceCitationType(EntityCatalog catalog)
    {
        Name = "SourceCitation";
        Description = "A record that cites lines of a source document: the way from a passage to what Rag made of it.";
        Field("entityType", c => c.EntityType).Description("The record's type, e.g. VisitEntitlement.");
        Field("recordId", c => GlobalId.Encode(c.EntityType, c.Id)).Type(new NonNullGraphType(new GraphQLTypeReference("ID")))
            .Description("The record's global ID, for node(id:).");
        Field("label", c => c.Label).Description("A short name for the record: its code, name, label or the start of its text.");
        Field("field", c => c.Field).Description("What cites the lines: sourceLines for the record's provenance, or the field read from them (statements, rolloutWave, letterDate, ...).");
        Field("lines", c => c.Lines).Description("The lines as cited, e.g. \"644\" or \"446-448\".");
        Field<GraphQLTypeReference>("record").Type(new GraphQLTypeReference("Node"))
            .Description("The record itself; null if its type is not served.")
            .Resolve(c => catalog.FindByName(c.Source.EntityType) is { } entity
                ? c.RequestServices!.GetRequiredService<EntityLoader>().ById(entity, c.Source.Id, SelectionProjection.Of(c, entity))
                : null);
    }
}

public sealed class DocumentCoverageType : ObjectGraphType<DocumentCoverage>
{
    public DocumentCoverageType(LineRangeType range, UncuratedRangeType uncurated)
    {
        Name = "SourceCoverage";
        Description = "How much of one source document Rag's records cite, and what was left out and why.";
        Field("document", c => c.Document).Description("The document's file name, e.g. 004_c105bcd389ca7b9e.txt.");
        Field("lineCount", c => c.LineCount).Description("Its number of lines.");
        Field("blankLines", c => c.BlankLines).Description("Its blank lines, which need no citation.");
        Field("citedLines", c => c.CitedLines).Description("Its non-blank lines cited by at least one record.");
        Field("citedShare", c => c.CitedShare).Description("Cited lines as a share of the non-blank lines, from 0 to 1.");
        Field("citingRecords", c => c.CitingRecords).Description("The records citing at least one of its lines.");
        Field("uncurated", c => c.Uncurated).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(uncurated))))
            .Description("The ranges the curators left out, with their reasons.");
        Field("unaccounted", c => c.Unaccounted).Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(range))))
            .Description("Non-blank lines neither cited nor left out with a reason; empty unless a cited record was deleted.");
    }
}
