namespace Rag.Persistence.Tests.Seed;

/// <summary>The findings curated from each letter of 002, ordered by the LA's printed name.</summary>
static class ExpectedFindings
{
    public static readonly (string Letter, int Findings)[] PerLetter = [];
}
