using System.Text.Json.Nodes;
using Rag.Testing;

namespace Rag.Api.Tests.Mutations;

/// <summary>Runs a mutation as an editor (or as whoever <paramref name="client"/> signs in as) and returns its payload.</summary>
sealed class Editor(HttpClient client)
{
    public Editor(RagApiFactory api) : this(api.CreateEditorClient()) { }

    public async Task<JsonNode> Run(string mutation, string entity, object input, string extra = "")
    {
        var field = char.ToLowerInvariant(entity[0]) + entity[1..];
        var name = mutation + entity;
        var data = await client.DataAsync(
            $"mutation($input: {char.ToUpperInvariant(name[0])}{name[1..]}Input!) {{ {name}(input: $input) {{ {field} {{ id version {extra} }} " +
            "errors { __typename ... on Error { message } ... on ValidationError { field } ... on ConflictError { currentVersion } ... on NotFoundError { id } ... on DuplicateError { fields } ... on StillReferencedError { referencedBy { typeName field count ids } } } " +
            "ruleFindings { rule severity source } } }", new { input });
        return data[name]!;
    }

    /// <summary>Creates a record that must save, returning its id.</summary>
    public async Task<string> Create(string entity, object input)
    {
        var payload = await Run("create", entity, input);
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return (string)payload[char.ToLowerInvariant(entity[0]) + entity[1..]]!["id"]!;
    }

    public async Task<string> IdOf(string query, string field) =>
        (string)(await client.DataAsync(query))[field]!["nodes"]![0]!["id"]!;
}
