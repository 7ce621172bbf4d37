using Rag.Domain.Fsi;
using Rag.Persistence.Editing;

namespace Rag.Persistence.Fsi;

/// <summary>An editor who sets a finding's RAG rating has judged it: it is no longer the curator's inference.</summary>
public sealed class RagRatingConfirmed : IEditRule
{
    public Type Entity => typeof(FsiFinding);

    public void Apply(object record, IReadOnlyDictionary<string, object?> changes)
    {
        if (changes.ContainsKey("rag") && !changes.ContainsKey("ragIsInferred")) ((FsiFinding)record).RagIsInferred = false;
    }
}
