using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rag.Testing;

/// <summary>Posts GraphQL documents the way a reporting tool would and reads the answer as JSON.</summary>
public static class GraphQLClient
{
    public static async Task<JsonNode> PostAsync(this HttpClient client, string query, object? variables = null, string? operationName = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"Empty answer ({response.StatusCode}).");
    }

    /// <summary>The <c>data</c> of an answer that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var answer = await client.PostAsync(query, variables);
        if (answer["errors"] is JsonArray { Count: > 0 } errors)
            throw new Xunit.Sdk.XunitException($"GraphQL errors: {errors.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}");
        return answer["data"]!;
    }

    public static string[] Codes(this JsonNode answer) =>
        (answer["errors"] as JsonArray ?? []).Select(e => (string?)e!["extensions"]?["number"] ?? (string?)e!["extensions"]?["code"] ?? "").ToArray();
}
