using Rag.Domain.Common;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>A curator entering a record from a document cites its lines; the editing core checks the citation
/// against the five documents, so a record cannot point at a line that does not exist.</summary>
public abstract class ProvenanceTests<TApi>(TApi api) : IClassFixture<TApi> where TApi : RagApiFactory
{
    readonly Editor editor = new(api);

    Task<string> Leeds() => editor.IdOf("{ localAuthorities(where: { name: { eq: \"Leeds\" } }) { nodes { id } } }", "localAuthorities");

    [Fact]
    public async Task ShouldSaveACitationOfLinesThatExist()
    {
        // 004 lines 640-644: Leeds' category 5 and its bespoke support package.
        var school = await editor.Create("School", new { name = "Provenance Primary", localAuthorityId = await Leeds(), phase = "PRIMARY",
                                                         sourceDocument = SourceDocuments.LeedsForLearning, sourceLines = "640-644" });

        var cited = await editor.Run("update", "School", new { id = school, version = 0, sourceLines = "640-644, 117" }, "sourceDocument sourceLines");

        Assert.Null(cited["errors"]);
        Assert.Equal("640-644, 117", (string?)cited["school"]!["sourceLines"]);
        Assert.Equal(SourceDocuments.LeedsForLearning, (string?)cited["school"]!["sourceDocument"]);
    }

    [Theory]
    [InlineData(SourceDocuments.LeedsForLearning, "twelve", "sourceLines", "is not a list of lines")]
    [InlineData(SourceDocuments.LeedsForLearning, "40-12", "sourceLines", "is not a list of lines")]
    [InlineData(SourceDocuments.LeedsForLearning, "99999", "sourceLines", "past its end")]
    [InlineData("005_invented.txt", "12", "sourceDocument", "is not one of Rag's source documents")]
    [InlineData(null, "12", "sourceDocument", "need the document")]
    public async Task ShouldRefuseACitationOfLinesThatDoNotExist(string? document, string lines, string field, string message)
    {
        var payload = await editor.Run("create", "School", new { name = "Uncited Primary " + lines, localAuthorityId = await Leeds(), phase = "PRIMARY",
                                                                 sourceDocument = document, sourceLines = lines });

        Assert.Null(payload["school"]);
        var error = Assert.Single(payload["errors"]!.AsArray());
        Assert.Equal("ValidationError", (string?)error!["__typename"]);
        Assert.Equal(field, (string?)error["field"]);
        Assert.Contains(message, (string?)error["message"]);
    }
}

public sealed class SqliteProvenanceTests(SqliteApi api) : ProvenanceTests<SqliteApi>(api);

public sealed class PostgresProvenanceTests(PostgresApi api) : ProvenanceTests<PostgresApi>(api);
