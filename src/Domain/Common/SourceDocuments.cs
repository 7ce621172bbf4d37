namespace Rag.Domain.Common;

/// <summary>The five public documents Rag's curated data comes from (shared/seeds).</summary>
public static class SourceDocuments
{
    public const string QualityStandards = "000_4203f821264e0b58.txt";
    public const string CoreOffer = "001_58c6d0ebfb45e256.txt";
    public const string FsiLetters = "002_108093f72920003a.txt";
    public const string SipGuidance = "003_647eae05d11896ce.txt";
    public const string LeedsForLearning = "004_c105bcd389ca7b9e.txt";

    public static readonly IReadOnlyList<string> All = [QualityStandards, CoreOffer, FsiLetters, SipGuidance, LeedsForLearning];
}
