using Rag.Persistence.Rules;
using Rag.Domain.Common;
using Rag.Domain.Fsi;
using Rag.Persistence.Seed;

namespace Rag.Persistence.Fsi;

/// <summary>The import's data check of a letter: where its before list and transitions do not add up.</summary>
public sealed class FsiLetterCheck : ShallowRecordCheck<FsiLetter>
{
    public override IReadOnlyList<string> Collections { get; } = [nameof(FsiLetter.GradesBefore), nameof(FsiLetter.Transitions)];
    protected override IReadOnlyList<RuleFinding> Check(FsiLetter letter, DateOnly today) => DataCheck.Check(letter);
}
