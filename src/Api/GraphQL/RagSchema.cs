using GraphQL.Types;
using Rag.Api.GraphQL.Data;
using Rag.Api.GraphQL.Data.Filtering;
using Rag.Api.GraphQL.Data.Paging;
using Rag.Api.GraphQL.Data.Sorting;
using Rag.Api.GraphQL.Data.Types;

namespace Rag.Api.GraphQL;

/// <summary>The whole graph, built from the entity catalog: queries, filters, sorts, connections, mutations.</summary>
public sealed class RagSchema : Schema
{
    public RagSchema(IServiceProvider services, EntityCatalog catalog, XmlDocumentation docs, IEnumerable<IEntityFieldExtension> extensions)
        : base(services)
    {
        Description = "Rag: England's school-improvement record. Regions, local authorities, schools, SIPs, " +
                      "quality standards and Ofsted's Focused School Inspection letters with their findings.";
        var scalars = new ScalarGraphTypes(docs);
        var objects = new EntityObjectTypes(scalars, docs, extensions);
        var entities = catalog.Entities.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        foreach (var type in objects.Build(entities)
                     .Concat(new ConnectionTypes().Build(entities))
                     .Concat(new FilterInputTypes(scalars).Build(entities))
                     .Concat(new SortInputTypes().Build(entities))
                     .Concat(scalars.All))
            RegisterType(type);

        var query = new ObjectGraphType { Name = "Query", Description = "Everything Rag holds, to read." };
        EntityQueryFields.AddTo(query, catalog, objects.Node);
        Query = query;
    }
}
