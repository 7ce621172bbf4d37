using System.Collections.Concurrent;
using GraphQLParser.AST;
using Rag.Api.GraphQL.Data.Limits;

namespace Rag.Api.GraphQL.Caching;

/// <summary>Parsed documents by their text, so a client sending the same query again skips the token count, the
/// parse, the shape limits and (once it has passed them) the spec's validation rules. Our own rules are not
/// cached: <see cref="CachedDocumentValidation"/> runs them on every request.</summary>
public sealed class DocumentCache
{
    // Bounds: a caller sending endless distinct documents only empties the cache, never grows it past these.
    const int MaxEntries = 1000;
    const long MaxCharacters = 4_000_000;

    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    long characters;

    public sealed class Entry(GraphQLDocument document, DocumentLimits.Refusal? refusal)
    {
        public GraphQLDocument Document { get; } = document;

        /// <summary>Why the document's shape is refused, or null: worked out once, as it depends on the text alone.</summary>
        public DocumentLimits.Refusal? Refusal { get; } = refusal;

        /// <summary>Whether the document once passed every validation rule, so the spec's rules (which see only the
        /// document and the schema) need not run again.</summary>
        public bool PassedSpecRules { get; set; }
    }

    public Entry? Find(string? query) => query is not null && entries.TryGetValue(query, out var entry) ? entry : null;

    public Entry Add(string query, GraphQLDocument document, DocumentLimits.Refusal? refusal)
    {
        if (entries.Count >= MaxEntries || Interlocked.Add(ref characters, query.Length) > MaxCharacters)
        {
            entries.Clear();
            Interlocked.Exchange(ref characters, query.Length);
        }
        return entries.GetOrAdd(query, new Entry(document, refusal));
    }
}
