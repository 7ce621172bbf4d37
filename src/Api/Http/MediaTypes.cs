using Microsoft.Net.Http.Headers;

namespace Rag.Api.Http;

/// <summary>The response media types of GraphQL over HTTP, chosen from the request's Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        // The spec says a request without Accept is treated as application/json.
        if (accept.Count == 0) return Json;
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) return Json;
            // curl and fetch send */* by default; the spec advises application/json for such legacy clients.
            if (type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
                return Json;
        }
        return null;
    }

    public static bool WantsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
