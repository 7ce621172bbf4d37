namespace Rag.Domain.Fsi;

/// <summary>The red, amber or green colour of a finding's box in 002, with the usual meanings: the analyst's reading of the letter, not an official Ofsted judgement.</summary>
public enum RagRating
{
    /// <summary>A weakness the letter criticises.</summary>
    Red,
    /// <summary>A mixed judgement: some strength, with weaknesses or reservations the letter notes.</summary>
    Amber,
    /// <summary>A strength the letter praises.</summary>
    Green,
}
