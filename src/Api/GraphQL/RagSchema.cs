using GraphQL.Types;
using Rag.Api.GraphQL.Analysis;
using Rag.Api.GraphQL.Auditing;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Mutations;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Data.Sorting;
using Rag.Api.GraphQL.Data.Types;
using Rag.Api.GraphQL.Fsi;
using Rag.Api.GraphQL.Sources;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence.Auditing;
using Rag.Persistence.Catalog;
using Rag.Persistence.Fsi;
using Rag.Persistence.Rules;

namespace Rag.Api.GraphQL;

/// <summary>The whole graph, built from the entity catalog: queries, filters, sorts, connections, mutations.</summary>
public sealed class RagSchema : Schema
{
    public RagSchema(IServiceProvider services, EntityCatalog catalog, XmlDocumentation docs, IEnumerable<IRecordCheck> checks, TimeProvider clock,
        ReadingAgreement agreement)
        : base(services)
    {
        Description = "Rag: England's school-improvement record. Regions, local authorities, schools, SIPs, " +
                      "quality standards and Ofsted's Focused School Inspection letters with their findings.";
        var scalars = new ScalarGraphTypes(docs);
        var ruleFinding = new RuleFindingType((EnumerationGraphType)scalars.For(typeof(RuleSeverity)));
        var auditEntry = new AuditEntryType(scalars.For(typeof(DateTime)), scalars.For(typeof(AuditAction)), new FieldChangeType());
        var objects = new EntityObjectTypes(scalars, docs, [new RecordCheckFields(checks, catalog, ruleFinding, clock), new HistoryFields(auditEntry),
            new SuggestedRagFields((EnumerationGraphType)scalars.For(typeof(RagRating)))]);
        var errors = new MutationErrorTypes(scalars.Id);
        var entities = catalog.Entities.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        foreach (var type in objects.Build(entities)
                     .Concat(new ConnectionTypes().Build(entities))
                     .Concat(new CollectionSegmentTypes().Build(entities))
                     .Concat(new FilterInputTypes(scalars, docs).Build(entities))
                     .Concat(new SortInputTypes(docs).Build(entities))
                     .Concat(errors.Types).Append(errors.Error).Append(ruleFinding))
            RegisterType(type);

        var query = new ObjectGraphType { Name = "Query", Description = "Everything Rag holds, to read." };
        EntityQueryFields.AddTo(query, catalog, objects.Node);
        SourceQueries.AddTo(query, catalog);
        ReadingAgreementField.AddTo(query, agreement, new AgreementFiguresType());
        SuggestedRagEvaluationField.AddTo(query, (EnumerationGraphType)scalars.For(typeof(RagRating)));
        AnalysisQueryFields.AddTo(query, this);
        AuditTrailField.AddTo(query, scalars.For(typeof(DateOnly)), new AuditTrailPageType(auditEntry));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Changes to the record; each needs an editor's API key." };
        new EntityMutationFields(new MutationInputTypes(scalars, docs), errors, ruleFinding).AddTo(mutation, entities);
        Mutation = mutation;

        foreach (var type in scalars.All) RegisterType(type);
    }
}
