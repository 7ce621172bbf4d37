using Rag.Api.GraphQL.Data.Mutations;
using Rag.Domain.Fsi;

namespace Rag.Api.GraphQL.Fsi;

/// <summary>An editor who sets a finding's RAG rating has judged it: it is no longer the curator's inference.</summary>
public sealed class RagRatingConfirmed : IInputRule
{
    public Type Entity => typeof(FsiFinding);

    public void Apply(object record, IDictionary<string, object?> input)
    {
        if (input.ContainsKey("rag") && !input.ContainsKey("ragIsInferred")) ((FsiFinding)record).RagIsInferred = false;
    }
}
