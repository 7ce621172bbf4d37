using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;

namespace Rag.Portal.Pages.Letters;

/// <summary>The letters' data check (FsiLetterCheck, the same the import logs and GraphQL's ruleFindings shows).</summary>
public sealed class LetterChecks(RagDbContext db, RecordEditor editor, EntityCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RuleFinding>>> OfAsync(IReadOnlyCollection<int> letterIds,
        CancellationToken cancellationToken = default)
    {
        if (editor.CheckOf(catalog[typeof(FsiLetter)]) is not { } check) return new Dictionary<int, IReadOnlyList<RuleFinding>>();
        return await check.CheckAsync(db, letterIds, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    public async Task<IReadOnlyList<RuleFinding>> OfAsync(int letterId, CancellationToken cancellationToken = default) =>
        (await OfAsync([letterId], cancellationToken)).GetValueOrDefault(letterId) ?? [];

    /// <summary>"002_108093f72920003a.txt:121-125" → "002:121-125", as the documents are cited in the README.</summary>
    public static string Cite(string source)
    {
        var colon = source.LastIndexOf(':');
        var document = colon < 0 ? source : source[..colon];
        var underscore = document.IndexOf('_');
        return (underscore > 0 ? document[..underscore] : document) + (colon < 0 ? "" : source[colon..]);
    }
}
