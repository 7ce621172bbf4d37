using Rag.Persistence.Catalog;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Rag.Testing;

namespace Rag.Api.Tests.Schema;

public class SchemaTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    ISchema Schema()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>schema.graphql at the repository root is the schema printed from code. Set RAG_UPDATE_SCHEMA=1 to rewrite it.</summary>
    [Fact]
    public void ShouldMatchTheCheckedInSchemaFile()
    {
        var printed = Schema().Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n") + "\n";
        var file = Path.Combine(RagApiFactory.RepositoryRoot(), "schema.graphql");
        if (Environment.GetEnvironmentVariable("RAG_UPDATE_SCHEMA") == "1") File.WriteAllText(file, printed);

        Assert.True(File.Exists(file), "schema.graphql is missing: run the tests once with RAG_UPDATE_SCHEMA=1.");
        Assert.True(File.ReadAllText(file).ReplaceLineEndings("\n") == printed,
            "schema.graphql is stale: run `RAG_UPDATE_SCHEMA=1 dotnet test tests/Rag.Api.Tests --filter SchemaTests` and commit it.");
    }

    [Fact]
    public void ShouldDescribeEveryTypeAndField()
    {
        var undescribed = new List<string>();
        foreach (var type in Schema().AllTypes.Where(t => !t.Name.StartsWith("__")))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) undescribed.Add(type.Name);
            if (type is IComplexGraphType complex)
                undescribed.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
        }
        Assert.True(undescribed.Count == 0, string.Join(", ", undescribed));
    }

    [Fact]
    public void ShouldMakeEveryRelationNavigableBothWays()
    {
        var catalog = api.Services.GetRequiredService<Rag.Persistence.Catalog.EntityCatalog>();
        var oneWay = catalog.Entities.SelectMany(e => e.References
                .Where(r => !r.Target.Collections.Any(c => c.Target == e && c.InverseForeignKey == r.ForeignKey))
                .Select(r => $"{e.Name}.{r.FieldName}"))
            .ToList();

        Assert.True(oneWay.Count == 0, "No way back from: " + string.Join(", ", oneWay));
    }

    [Fact]
    public void ShouldFollowHotChocolatesConventions()
    {
        var schema = Schema();
        var query = schema.Query;

        Assert.NotNull(query.GetField("node"));
        Assert.NotNull(query.GetField("nodes"));
        foreach (var root in new[] { "regions", "localAuthorities", "schools", "sips", "sipDeployments", "visits", "fsiLetters", "fsiFindings", "fsiHeadings", "gradeCodes", "qualityStandards" })
        {
            var field = query.GetField(root);
            Assert.True(field is not null, $"Query.{root} is missing.");
            Assert.Equal(["where", "order", "first", "after", "last", "before"], field!.Arguments!.Select(a => a.Name));
        }
        var connection = (IComplexGraphType)schema.AllTypes["FsiLetterConnection"]!;
        Assert.Equal(["pageInfo", "edges", "nodes", "totalCount"], connection.Fields.Select(f => f.Name));
        Assert.NotNull(schema.AllTypes["StringOperationFilterInput"]);
        Assert.NotNull(schema.AllTypes["ListFilterInputTypeOfFsiFindingFilterInput"]);
        Assert.NotNull(schema.AllTypes["SortEnumType"]);
        Assert.NotNull(schema.Mutation!.GetField("updateFsiFinding"));
    }
}
